package org.fazhi.web.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ColumnChartTest {
    private static final ColumnChart CHART = new ColumnChart("s1", "2024年各季度学法次数", "说明", List.of(
            new ColumnChart.Series("常务会议会前学法", "#8b1d1d"), new ColumnChart.Series("书面学法", "#3b8ea5"),
            new ColumnChart.Series("2023年(合计)", "#aeb6bf")));

    private static ColumnChart.Group quarter(String label, long exec, long written, long last) {
        return new ColumnChart.Group(label, List.of(new ColumnChart.Column("2024年", List.of(exec, written, 0L)),
                new ColumnChart.Column("2023年", List.of(0L, 0L, last))));
    }

    @Test
    void stackedSegmentsAreProportionalAndEachColumnShowsItsTotal() {
        SvgDoc doc = SvgDoc.parse(CHART.svg(List.of(quarter("一季度", 2, 1, 4), quarter("二季度", 0, 3, 0),
                quarter("三季度", 1, 0, 2), quarter("四季度", 0, 0, 1))));
        assertEquals("img", doc.root().getAttribute("role"));
        List<Element> segments = doc.withClass("rect", "segment");
        // Non-zero values only: Q1 2+1 and 4, Q2 3, Q3 1 and 2, Q4 1.
        assertEquals(7, segments.size());
        double unit = SvgDoc.num(segments.get(1), "height"); // Q1 书面学法, one session
        assertEquals(2 * unit, SvgDoc.num(segments.get(0), "height"), 0.11);
        assertEquals(4 * unit, SvgDoc.num(segments.get(2), "height"), 0.11);
        // Stacked: the second segment sits right on top of the first.
        assertEquals(SvgDoc.num(segments.get(0), "y"), SvgDoc.num(segments.get(1), "y") + unit, 0.11);
        assertEquals(List.of("3", "4", "3", "0", "1", "2", "0", "1"),
                doc.withClass("text", "value").stream().map(SvgDoc::ownText).toList());
        assertEquals(List.of("一季度", "二季度", "三季度", "四季度"),
                doc.withClass("text", "label").stream().map(SvgDoc::ownText).toList());
        assertEquals(List.of("常务会议会前学法", "书面学法", "2023年(合计)"),
                doc.withClass("text", "legend").stream().map(SvgDoc::ownText).toList());
        assertEquals("一季度 2024年 常务会议会前学法 2", SvgDoc.tooltip(segments.get(0)));
    }

    @Test
    void theScaleEndsOnARoundNumberAtOrAboveTheTallestColumn() {
        SvgDoc doc = SvgDoc.parse(CHART.svg(List.of(quarter("一季度", 7, 0, 0))));
        List<String> ticks = doc.withClass("text", "tick").stream().map(SvgDoc::ownText).toList();
        assertEquals(List.of("0", "2", "4", "6", "8"), ticks);
    }

    @Test
    void namesAreEscaped() {
        ColumnChart chart = new ColumnChart("s2", "t", "d", List.of(new ColumnChart.Series("<甲&乙>", "#000")));
        String svg = chart.svg(List.of(new ColumnChart.Group("\"Q1\"", List.of(new ColumnChart.Column("'c'", List.of(1L))))));
        assertFalse(svg.contains("<甲"));
        SvgDoc doc = SvgDoc.parse(svg);
        assertEquals("<甲&乙>", SvgDoc.ownText(doc.withClass("text", "legend").get(0)));
        assertEquals("\"Q1\"", SvgDoc.ownText(doc.withClass("text", "label").get(0)));
        assertTrue(SvgDoc.tooltip(doc.withClass("rect", "segment").get(0)).contains("'c'"));
    }
}
