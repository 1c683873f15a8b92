package org.fazhi.web.dashboard.chart;

import java.util.List;

/**
 * Ranked horizontal bars (e.g. 出庭率 by unit): a label at the left of each bar, the figure printed
 * at its end, and an optional threshold drawn as a dashed line across all bars. Bars are drawn in
 * the order given; a bar below the threshold gets a warning colour (the printed figure and the line
 * say the same in black and white).
 *
 * @param max       the value of a full-width bar (100 for percentages); larger values are drawn full
 * @param unit      appended to the axis labels, e.g. "%"
 * @param threshold null for none
 */
public record BarChart(String id, String title, String desc, double max, String unit, Double threshold,
                       String thresholdLabel) {
    public static final int WIDTH = 640;
    static final int ROW = 22;
    static final int BAR = 14;
    static final int TOP = 26;
    static final int BOTTOM = 26;
    static final double FONT = 12;
    static final String BAR_FILL = "#1f5f8b";
    static final String LOW_FILL = "#c0692a";
    static final String LINE = "#a11d1d";

    public BarChart {
        if (!(max > 0)) {
            throw new IllegalArgumentException("max must be positive");
        }
    }

    /** One bar: its label, its value (0 to max) and the figure printed at its end, e.g. "66.5%". */
    public record Bar(String label, double value, String valueText) {
    }

    public String svg(List<Bar> bars) {
        double labelWidth = 60;
        for (Bar b : bars) {
            labelWidth = Math.max(labelWidth, Svg.width(b.label(), FONT) + 8);
        }
        labelWidth = Math.min(labelWidth, 200);
        double plotX = labelWidth + 8;
        double plotW = WIDTH - plotX - 56;
        int height = TOP + bars.size() * ROW + BOTTOM;
        double plotBottom = TOP + bars.size() * ROW;
        Svg svg = new Svg(id, WIDTH, height, title, desc);

        for (long t : Ticks.upTo(max)) {
            if (t > max) {
                break;
            }
            double x = plotX + plotW * t / max;
            svg.line(x, TOP - 4, x, plotBottom, Svg.GRID, 1, false);
            svg.text(x, plotBottom + 16, "middle", 11, Svg.MUTED, "tick", t + unit, null);
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + i * ROW;
            double v = Math.max(0, Math.min(b.value(), max));
            double w = plotW * v / max;
            boolean low = threshold != null && b.value() < threshold;
            String label = Svg.fit(b.label(), labelWidth - 8, FONT);
            svg.text(labelWidth, y + ROW / 2.0 + 4, "end", FONT, Svg.INK, "label", label, b.label());
            svg.rect(plotX, y + (ROW - BAR) / 2.0, w, BAR, low ? LOW_FILL : BAR_FILL, low ? "bar low" : "bar",
                    b.label() + " " + b.valueText());
            svg.text(plotX + w + 4, y + ROW / 2.0 + 4, "start", FONT, Svg.INK, "value", b.valueText(), null);
        }
        svg.line(plotX, TOP - 4, plotX, plotBottom, Svg.MUTED, 1, false);
        if (threshold != null && threshold >= 0 && threshold <= max) {
            double x = plotX + plotW * threshold / max;
            svg.line(x, TOP - 8, x, plotBottom, LINE, 1.5, true);
            String anchor = x > plotX + plotW * 0.8 ? "end" : "middle";
            svg.text(x, TOP - 12, anchor, 11, LINE, "threshold", thresholdLabel, null);
        }
        return svg.end();
    }
}
