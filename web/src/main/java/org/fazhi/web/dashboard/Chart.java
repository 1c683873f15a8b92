package org.fazhi.web.dashboard;

import java.util.List;

/**
 * A chart as dashboard-chart.mustache draws it: the SVG built on the server (or, with nothing to
 * draw, the sentence {@code why} instead) and the same numbers as a table, so a screen reader —
 * or anyone who wants the exact figures — reads them rather than estimating bar lengths.
 *
 * @param svg   markup from the chart builders, which escape every text in it; null when empty
 * @param why   why there is no chart, or null
 */
public record Chart(String id, String title, String svg, String why, DataTable table) {

    public static Chart drawn(String id, String title, String svg, DataTable table) {
        return new Chart(id, title, svg, null, table);
    }

    public static Chart empty(String id, String title, String why) {
        return new Chart(id, title, null, why, null);
    }

    /** The numbers behind a chart: one row per bar, point or group. */
    public record DataTable(String caption, List<String> headers, List<Row> rows) {
        public DataTable {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** A row: its heading cell (a unit, year or quarter) and its figures. */
    public record Row(String head, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
