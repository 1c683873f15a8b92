package org.fazhi.web.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class TrendChartTest {
    private static final TrendChart CHART = new TrendChart("t1", "2020—2024年出庭率", "五年", 100, "%", 80.0, "约谈线 80.0%");

    private static List<TrendChart.Point> points(Double... values) {
        return Arrays.stream(values).map(v -> new TrendChart.Point("Y", v, v == null ? "—" : v + "%")).toList();
    }

    @Test
    void eachYearWithDataIsAPointWithItsFigureAndYearsWithoutDataAreGapsSayingSo() {
        SvgDoc doc = SvgDoc.parse(CHART.svg(points(50.0, 100.0, null, 25.0, 75.0)));
        assertEquals("img", doc.root().getAttribute("role"));
        assertEquals("2020—2024年出庭率 五年", doc.labelText());
        List<Element> circles = doc.all("circle");
        assertEquals(4, circles.size());
        assertEquals(List.of("50.0%", "100.0%", "25.0%", "75.0%"),
                doc.withClass("text", "value").stream().map(SvgDoc::ownText).toList());
        assertEquals(1, doc.withClass("text", "nodata").size());
        assertEquals("无数据", SvgDoc.ownText(doc.withClass("text", "nodata").get(0)));
        // The line breaks at the gap: two runs, each starting with a move.
        String d = doc.withClass("path", "trend").get(0).getAttribute("d");
        assertEquals(2, d.split("M").length - 1, d);
        assertEquals(2, d.split("L").length - 1, d);
        assertEquals(5, doc.withClass("text", "label").size(), "every year is labelled");
    }

    @Test
    void heightsAreProportionalAndYearsEvenlySpaced() {
        SvgDoc doc = SvgDoc.parse(CHART.svg(points(0.0, 50.0, 100.0)));
        List<Element> c = doc.all("circle");
        double y0 = SvgDoc.num(c.get(0), "cy");
        double y50 = SvgDoc.num(c.get(1), "cy");
        double y100 = SvgDoc.num(c.get(2), "cy");
        assertTrue(y100 < y50 && y50 < y0, "higher rates are higher up");
        assertEquals((y0 + y100) / 2, y50, 0.11);
        double x0 = SvgDoc.num(c.get(0), "cx");
        assertEquals(SvgDoc.num(c.get(1), "cx") - x0, SvgDoc.num(c.get(2), "cx") - SvgDoc.num(c.get(1), "cx"), 0.11);
        Element threshold = doc.all("line").stream().filter(l -> l.hasAttribute("stroke-dasharray")).findFirst().orElseThrow();
        assertEquals(y0 - (y0 - y100) * 0.8, SvgDoc.num(threshold, "y1"), 0.11);
    }

    @Test
    void withNoDataAtAllThereIsNoLine() {
        SvgDoc doc = SvgDoc.parse(CHART.svg(points(null, null)));
        assertTrue(doc.withClass("path", "trend").isEmpty());
        assertTrue(doc.all("circle").isEmpty());
        assertEquals(2, doc.withClass("text", "nodata").size());
    }

    @Test
    void labelsAreEscaped() {
        String svg = new TrendChart("t&2", "a<b", "c>d", 100, "%", null, null)
                .svg(List.of(new TrendChart.Point("<y>", 10.0, "10&%")));
        assertFalse(svg.contains("<y>"));
        SvgDoc doc = SvgDoc.parse(svg);
        assertEquals("t&2", doc.root().getAttribute("id"));
        assertEquals("<y>", SvgDoc.ownText(doc.withClass("text", "label").get(0)));
        assertEquals("10&%", SvgDoc.ownText(doc.withClass("text", "value").get(0)));
    }
}
