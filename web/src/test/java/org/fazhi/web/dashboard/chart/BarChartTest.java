package org.fazhi.web.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class BarChartTest {
    private static final BarChart CHART = new BarChart("c1", "2024年各单位出庭率", "三个单位", 100, "%", 80.0, "约谈线 80.0%");

    @Test
    void isAnAccessibleImageWithTitleAndDescription() {
        SvgDoc doc = SvgDoc.parse(CHART.svg(List.of(new BarChart.Bar("司法局", 50, "50.0%"))));
        assertEquals("img", doc.root().getAttribute("role"));
        assertEquals("c1", doc.root().getAttribute("id"));
        assertEquals("2024年各单位出庭率 三个单位", doc.labelText());
        assertTrue(doc.root().getAttribute("viewBox").startsWith("0 0 640 "));
    }

    @Test
    void barLengthsAreProportionalToTheValuesAndTheFiguresArePrintedAtTheBars() {
        SvgDoc doc = SvgDoc.parse(CHART.svg(List.of(new BarChart.Bar("甲", 100, "100.0%"),
                new BarChart.Bar("乙", 50, "50.0%"), new BarChart.Bar("丙", 25, "25.0%"), new BarChart.Bar("丁", 0, "0.0%"))));
        List<Element> bars = doc.withClass("rect", "bar");
        assertEquals(4, bars.size());
        double full = SvgDoc.num(bars.get(0), "width");
        assertTrue(full > 300, "a 100% bar spans the plot: " + full);
        assertEquals(full / 2, SvgDoc.num(bars.get(1), "width"), 0.11);
        assertEquals(full / 4, SvgDoc.num(bars.get(2), "width"), 0.11);
        assertEquals(0, SvgDoc.num(bars.get(3), "width"));
        // All bars start at the same x, one row below the other.
        assertEquals(SvgDoc.num(bars.get(0), "x"), SvgDoc.num(bars.get(2), "x"));
        assertTrue(SvgDoc.num(bars.get(1), "y") > SvgDoc.num(bars.get(0), "y"));

        List<Element> values = doc.withClass("text", "value");
        assertEquals(List.of("100.0%", "50.0%", "25.0%", "0.0%"), values.stream().map(SvgDoc::ownText).toList());
        for (int i = 0; i < 4; i++) {
            double barEnd = SvgDoc.num(bars.get(i), "x") + SvgDoc.num(bars.get(i), "width");
            assertEquals(barEnd + 4, SvgDoc.num(values.get(i), "x"), 0.11, "the figure sits at the end of its bar");
        }
        assertEquals(List.of("甲", "乙", "丙", "丁"), doc.withClass("text", "label").stream().map(SvgDoc::ownText).toList());
    }

    @Test
    void theThresholdIsADashedLineAtItsValueAndBarsBelowItAreMarked() {
        SvgDoc doc = SvgDoc.parse(CHART.svg(List.of(new BarChart.Bar("甲", 100, "100.0%"), new BarChart.Bar("乙", 60, "60.0%"))));
        List<Element> bars = doc.withClass("rect", "bar");
        double x0 = SvgDoc.num(bars.get(0), "x");
        double full = SvgDoc.num(bars.get(0), "width");
        Element line = doc.all("line").stream().filter(l -> l.hasAttribute("stroke-dasharray")).findFirst().orElseThrow();
        assertEquals(x0 + full * 0.8, SvgDoc.num(line, "x1"), 0.11);
        assertEquals("约谈线 80.0%", SvgDoc.ownText(doc.withClass("text", "threshold").get(0)));
        assertEquals(List.of(bars.get(1)), doc.withClass("rect", "low"), "only the bar under the line is marked low");
        assertFalse(bars.get(0).getAttribute("fill").equals(bars.get(1).getAttribute("fill")));
    }

    @Test
    void unitNamesAreEscapedAndLongOnesShortenedWithTheWholeNameAsATooltip() {
        String evil = "<script>alert('x')</script> & \"局\"";
        String longName = "某某市某某县人民政府办公室法制科综合业务组";
        String svg = CHART.svg(List.of(new BarChart.Bar(evil, 10, "10.0%"), new BarChart.Bar(longName, 90, "90.0%")));
        assertFalse(svg.contains("<script>"), svg);
        SvgDoc doc = SvgDoc.parse(svg);
        List<Element> labels = doc.withClass("text", "label");
        String shown = SvgDoc.ownText(labels.get(1));
        assertTrue(shown.endsWith("…") && shown.length() < longName.length(), shown);
        assertEquals(longName, SvgDoc.tooltip(labels.get(1)));
        Element evilBar = doc.withClass("rect", "bar").get(0);
        assertEquals(evil + " 10.0%", SvgDoc.tooltip(evilBar), "the name comes back intact after parsing");
    }

    @Test
    void valuesOutsideTheScaleAreDrawnWithinIt() {
        SvgDoc doc = SvgDoc.parse(CHART.svg(List.of(new BarChart.Bar("甲", 100, "100%"), new BarChart.Bar("乙", 150, "150%"),
                new BarChart.Bar("丙", -5, "-5%"))));
        List<Element> bars = doc.withClass("rect", "bar");
        assertEquals(SvgDoc.num(bars.get(0), "width"), SvgDoc.num(bars.get(1), "width"));
        assertEquals(0, SvgDoc.num(bars.get(2), "width"));
        assertThrows(IllegalArgumentException.class, () -> new BarChart("x", "t", "d", 0, "%", null, null));
    }

    @Test
    void withoutAThresholdThereIsNoDashedLine() {
        BarChart plain = new BarChart("c2", "t", "d", 10, "", null, null);
        SvgDoc doc = SvgDoc.parse(plain.svg(List.of(new BarChart.Bar("甲", 5, "5"))));
        assertTrue(doc.all("line").stream().noneMatch(l -> l.hasAttribute("stroke-dasharray")));
        assertTrue(doc.withClass("rect", "low").isEmpty());
    }
}
