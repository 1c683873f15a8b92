package org.fazhi.web.dashboard.chart;

import java.util.List;

/**
 * Columns in groups (e.g. study sessions per quarter: this year's column stacked by kind beside
 * last year's total), with a legend of the series above and each column's total printed on top.
 *
 * @param series the stack layers, bottom first; every column has one value per series
 */
public record ColumnChart(String id, String title, String desc, List<Series> series) {
    public static final int WIDTH = 640;
    static final int HEIGHT_PLOT = 180;
    static final int LEFT = 40;
    static final int RIGHT = 10;
    static final int LEGEND_ROW = 18;
    static final int BOTTOM = 40;
    static final double MAX_COLUMN = 34;

    public ColumnChart {
        series = List.copyOf(series);
    }

    public record Series(String name, String colour) {
    }

    /** A column: its label under it and one value per series (stacked, bottom first). */
    public record Column(String label, List<Long> values) {
        public Column {
            values = List.copyOf(values);
        }

        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    public record Group(String label, List<Column> columns) {
        public Group {
            columns = List.copyOf(columns);
        }
    }

    public String svg(List<Group> groups) {
        // The legend flows left to right and wraps.
        double plotW = WIDTH - LEFT - RIGHT;
        int legendRows = 1;
        double lx = LEFT;
        double[][] legendAt = new double[series.size()][2];
        for (int i = 0; i < series.size(); i++) {
            double w = 12 + 4 + Svg.width(series.get(i).name(), 12) + 16;
            if (lx + w > LEFT + plotW && lx > LEFT) {
                legendRows++;
                lx = LEFT;
            }
            legendAt[i][0] = lx;
            legendAt[i][1] = 6 + (legendRows - 1) * LEGEND_ROW;
            lx += w;
        }
        int top = 6 + legendRows * LEGEND_ROW + 14;
        int height = top + HEIGHT_PLOT + BOTTOM;
        double bottom = top + HEIGHT_PLOT;
        Svg svg = new Svg(id, WIDTH, height, title, desc);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            svg.rect(legendAt[i][0], legendAt[i][1], 12, 12, s.colour(), "key", null);
            svg.text(legendAt[i][0] + 16, legendAt[i][1] + 10.5, "start", 12, Svg.INK, "legend", s.name(), null);
        }

        long most = 0;
        for (Group g : groups) {
            for (Column c : g.columns()) {
                most = Math.max(most, c.total());
            }
        }
        List<Long> ticks = Ticks.upTo(most);
        double scale = ticks.get(ticks.size() - 1);
        for (long t : ticks) {
            double y = bottom - HEIGHT_PLOT * t / scale;
            svg.line(LEFT, y, LEFT + plotW, y, Svg.GRID, 1, false);
            svg.text(LEFT - 6, y + 4, "end", 11, Svg.MUTED, "tick", String.valueOf(t), null);
        }

        double groupW = plotW / Math.max(1, groups.size());
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            int n = g.columns().size();
            double colW = Math.min(MAX_COLUMN, groupW * 0.7 / Math.max(1, n));
            double gap = 6;
            double span = n * colW + (n - 1) * gap;
            double x0 = LEFT + gi * groupW + (groupW - span) / 2;
            for (int ci = 0; ci < n; ci++) {
                Column c = g.columns().get(ci);
                double x = x0 + ci * (colW + gap);
                double y = bottom;
                for (int si = 0; si < series.size() && si < c.values().size(); si++) {
                    long v = c.values().get(si);
                    if (v <= 0) {
                        continue;
                    }
                    double h = HEIGHT_PLOT * v / scale;
                    y -= h;
                    svg.rect(x, y, colW, h, series.get(si).colour(), "segment",
                            g.label() + " " + c.label() + " " + series.get(si).name() + " " + v);
                }
                svg.text(x + colW / 2, y - 4, "middle", 12, Svg.INK, "value", String.valueOf(c.total()), null);
                svg.text(x + colW / 2, bottom + 14, "middle", 10, Svg.MUTED, "column", c.label(), null);
            }
            svg.text(LEFT + gi * groupW + groupW / 2, bottom + 32, "middle", 12, Svg.INK, "label", g.label(), null);
        }
        svg.line(LEFT, bottom, LEFT + plotW, bottom, Svg.MUTED, 1, false);
        return svg.end();
    }
}
