package org.fazhi.web.dashboard.chart;

import java.util.List;

/**
 * A figure over the years (e.g. 出庭率 for the last five years): a point with its figure printed
 * above it for each year that has one, joined by a line; a year without data breaks the line and
 * says "无数据" instead of pretending to be zero.
 *
 * @param max       the top of the scale (100 for percentages)
 * @param unit      appended to the axis labels, e.g. "%"
 * @param threshold a dashed reference line, or null
 */
public record TrendChart(String id, String title, String desc, double max, String unit, Double threshold,
                         String thresholdLabel) {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 240;
    static final int LEFT = 48;
    /** Room right of the plot for the threshold's label, where no point can cover it. */
    static final int RIGHT = 84;
    static final int TOP = 28;
    static final int BOTTOM = 30;
    static final String LINE_COLOUR = "#1f5f8b";
    static final String THRESHOLD = "#a11d1d";

    public TrendChart {
        if (!(max > 0)) {
            throw new IllegalArgumentException("max must be positive");
        }
    }

    /** One year: its axis label, its value (null: no data) and the figure printed at the point. */
    public record Point(String label, Double value, String valueText) {
    }

    public String svg(List<Point> points) {
        Svg svg = new Svg(id, WIDTH, HEIGHT, title, desc);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double bottom = TOP + plotH;
        for (long t : Ticks.upTo(max)) {
            if (t > max) {
                break;
            }
            double y = y(t, plotH);
            svg.line(LEFT, y, LEFT + plotW, y, Svg.GRID, 1, false);
            svg.text(LEFT - 6, y + 4, "end", 11, Svg.MUTED, "tick", t + unit, null);
        }
        if (threshold != null && threshold >= 0 && threshold <= max) {
            double y = y(threshold, plotH);
            svg.line(LEFT, y, LEFT + plotW, y, THRESHOLD, 1.5, true);
            svg.text(LEFT + plotW + 4, y + 4, "start", 11, THRESHOLD, "threshold", thresholdLabel, null);
        }
        int n = points.size();
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            if (p.value() == null) {
                drawing = false;
                continue;
            }
            d.append(drawing ? " L " : (d.length() == 0 ? "M " : " M ")).append(Svg.num(x(i, n, plotW))).append(' ')
                    .append(Svg.num(y(clamp(p.value()), plotH)));
            drawing = true;
        }
        if (d.length() > 0) {
            svg.path(d.toString(), LINE_COLOUR, 2, "trend");
        }
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            double x = x(i, n, plotW);
            if (p.value() == null) {
                svg.text(x, bottom - 6, "middle", 11, Svg.MUTED, "nodata", "无数据", null);
            } else {
                double y = y(clamp(p.value()), plotH);
                svg.circle(x, y, 4, LINE_COLOUR, "point", p.label() + " " + p.valueText());
                svg.text(x, y - 9, "middle", 12, Svg.INK, "value", p.valueText(), null);
            }
            svg.text(x, bottom + 18, "middle", 12, Svg.INK, "label", p.label(), null);
        }
        svg.line(LEFT, bottom, LEFT + plotW, bottom, Svg.MUTED, 1, false);
        return svg.end();
    }

    private double clamp(double v) {
        return Math.max(0, Math.min(v, max));
    }

    private static double x(int i, int n, double plotW) {
        return LEFT + (i + 0.5) * plotW / n;
    }

    private double y(double v, double plotH) {
        return TOP + plotH * (1 - v / max);
    }
}
