package org.fazhi.web.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fazhi.training.study.StudyKind;
import org.fazhi.web.dashboard.chart.ColumnChart;
import org.fazhi.web.pages.DashboardPage;

/**
 * 学法次数 by quarter: the chosen year's column per quarter, stacked by kind, beside last year's
 * total for the same quarter.
 */
final class StudyChart {
    static final String ID = "chart-study-quarters";
    static final String TITLE = "各季度学法次数";
    static final String[] QUARTERS = {"一季度", "二季度", "三季度", "四季度"};
    static final String LAST_YEAR_COLOUR = "#aeb6bf";
    /** One colour per kind, so a kind keeps its colour from year to year and page to page. */
    private static final Map<StudyKind, String> COLOURS = new EnumMap<>(Map.of(
            StudyKind.EXEC_MEETING, "#8b1d1d",
            StudyKind.CENTRAL_GROUP, "#1f5f8b",
            StudyKind.PARTY_GROUP, "#2e7d4f",
            StudyKind.COLLECTIVE, "#c0692a",
            StudyKind.LECTURE, "#6a4c93",
            StudyKind.WRITTEN, "#3b8ea5",
            StudyKind.COURT_OBSERVATION, "#9a7b1c"));

    private StudyChart() {
    }

    static long total(Map<StudyKind, long[]> counts) {
        long n = 0;
        for (long[] q : counts.values()) {
            for (long v : q) {
                n += v;
            }
        }
        return n;
    }

    static long quarter(Map<StudyKind, long[]> counts, int q) {
        long n = 0;
        for (long[] c : counts.values()) {
            n += c[q];
        }
        return n;
    }

    /** {@code before} is empty when last year has no sessions or is not comparable. */
    static Chart of(DashboardPage.Choice c, Map<StudyKind, long[]> now, Map<StudyKind, long[]> before) {
        int year = c.year();
        boolean compare = c.lastYear() != null;
        String title = year + "年" + TITLE;
        if (total(now) == 0 && total(before) == 0) {
            return Chart.empty(ID, title, year + "年" + (compare ? "和" + c.lastYear() + "年" : "") + "范围内都没有学法记录。");
        }
        List<StudyKind> kinds = new ArrayList<>(now.keySet());
        List<ColumnChart.Series> series = new ArrayList<>();
        for (StudyKind k : kinds) {
            series.add(new ColumnChart.Series(k.shortLabel(), COLOURS.get(k)));
        }
        String lastLabel = compare ? c.lastYear() + "年" : null;
        if (compare) {
            series.add(new ColumnChart.Series(lastLabel + "(合计)", LAST_YEAR_COLOUR));
        }
        List<ColumnChart.Group> groups = new ArrayList<>();
        StringBuilder desc = new StringBuilder(year + "年各季度学法次数:");
        for (int q = 0; q < 4; q++) {
            List<Long> values = new ArrayList<>();
            for (StudyKind k : kinds) {
                values.add(now.get(k)[q]);
            }
            List<ColumnChart.Column> columns = new ArrayList<>();
            if (compare) {
                values.add(0L);
                List<Long> lastValues = new ArrayList<>();
                kinds.forEach(k -> lastValues.add(0L));
                lastValues.add(quarter(before, q));
                columns.add(new ColumnChart.Column(year + "年", values));
                columns.add(new ColumnChart.Column(lastLabel, lastValues));
            } else {
                columns.add(new ColumnChart.Column(year + "年", values));
            }
            groups.add(new ColumnChart.Group(QUARTERS[q], columns));
            desc.append(q == 0 ? "" : "、").append(QUARTERS[q]).append(quarter(now, q)).append("次");
        }
        desc.append(",全年").append(total(now)).append("次");
        if (compare) {
            desc.append(";").append(lastLabel).append("全年").append(total(before)).append("次");
        }
        desc.append("。");
        String svg = new ColumnChart(ID, title, desc.toString(), series).svg(groups);
        return Chart.drawn(ID, title, svg, table(c, kinds, now, before));
    }

    private static Chart.DataTable table(DashboardPage.Choice c, List<StudyKind> kinds, Map<StudyKind, long[]> now,
                                         Map<StudyKind, long[]> before) {
        List<String> headers = new ArrayList<>();
        headers.add("季度");
        kinds.forEach(k -> headers.add(k.shortLabel()));
        headers.add(c.year() + "年合计");
        if (c.lastYear() != null) {
            headers.add(c.lastYear() + "年合计");
        }
        List<Chart.Row> rows = new ArrayList<>();
        for (int q = 0; q <= 4; q++) {
            List<String> cells = new ArrayList<>();
            for (StudyKind k : kinds) {
                long[] counts = now.get(k);
                cells.add(String.valueOf(q < 4 ? counts[q] : sum(counts)));
            }
            cells.add(String.valueOf(q < 4 ? quarter(now, q) : total(now)));
            if (c.lastYear() != null) {
                cells.add(String.valueOf(q < 4 ? quarter(before, q) : total(before)));
            }
            rows.add(new Chart.Row(q < 4 ? QUARTERS[q] : "全年", cells));
        }
        return new Chart.DataTable(c.year() + "年各季度学法次数(按类型)与上年比较", headers, rows);
    }

    private static long sum(long[] counts) {
        long n = 0;
        for (long v : counts) {
            n += v;
        }
        return n;
    }
}
