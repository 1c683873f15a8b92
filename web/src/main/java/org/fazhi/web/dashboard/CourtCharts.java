package org.fazhi.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.court.UnitRate;
import org.fazhi.web.dashboard.chart.BarChart;
import org.fazhi.web.dashboard.chart.TrendChart;
import org.fazhi.web.pages.DashboardPage;

/** The two 出庭率 charts of the dashboard, each with its numbers as a table. */
final class CourtCharts {
    static final String BY_UNIT = "chart-court-units";
    static final String TREND = "chart-court-trend";

    private CourtCharts() {
    }

    /** The units below the chosen one (as the ranking rolls them up), highest rate first. */
    static Chart byUnit(DashboardPage.Choice c, AppearanceRates rates) {
        String title = c.year() + "年各单位负责人出庭率";
        List<UnitRate> ranked = new ArrayList<>();
        List<UnitRate> unheard = new ArrayList<>();
        for (UnitRate r : rates.byOrg()) {
            (r.rate() == null ? unheard : ranked).add(r);
        }
        if (ranked.isEmpty()) {
            return Chart.empty(BY_UNIT, title, c.year() + "年范围内没有已开庭的行政诉讼案件,无法按单位比较出庭率。");
        }
        double threshold = rates.threshold().doubleValue();
        String line = "约谈线 " + rates.threshold().toPlainString() + "%";
        List<BarChart.Bar> bars = new ArrayList<>();
        long below = 0;
        for (UnitRate r : ranked) {
            bars.add(new BarChart.Bar(r.orgName(), r.rate().doubleValue(), r.rateText()));
            if (r.rate().doubleValue() < threshold) {
                below++;
            }
        }
        UnitRate top = ranked.get(0);
        UnitRate bottom = ranked.get(ranked.size() - 1);
        String desc = c.year() + "年" + ranked.size() + "个单位有已开庭案件,出庭率最高的是" + top.orgName() + " " + top.rateText()
                + (ranked.size() > 1 ? ",最低的是" + bottom.orgName() + " " + bottom.rateText() : "")
                + ";" + line + ",低于约谈线的单位" + below + "个"
                + (unheard.isEmpty() ? "" : ";另有" + unheard.size() + "个单位没有已开庭案件") + "。";
        String svg = new BarChart(BY_UNIT, title, desc, 100, "%", threshold, line).svg(bars);

        List<Chart.Row> rows = new ArrayList<>();
        for (UnitRate r : ranked) {
            rows.add(new Chart.Row(r.orgName(), List.of(String.valueOf(r.rank()), String.valueOf(r.heard()),
                    String.valueOf(r.appeared()), r.rateText())));
        }
        for (UnitRate r : unheard) {
            rows.add(new Chart.Row(r.orgName(), List.of("—", "0", String.valueOf(r.appeared()), r.rateText())));
        }
        return Chart.drawn(BY_UNIT, title, svg, new Chart.DataTable(title + "(" + line + ")",
                List.of("单位", "名次", "已开庭", "负责人出庭", "出庭率"), rows));
    }

    /** The rate of each of the last five years; a year with nothing heard is a gap, not a zero. */
    static Chart trend(DashboardPage.Choice c, Map<Integer, AppearanceRates> byYear) {
        int first = byYear.keySet().iterator().next();
        String title = first + "—" + c.year() + "年负责人出庭率";
        if (byYear.values().stream().allMatch(r -> r.heard() == 0)) {
            return Chart.empty(TREND, title, first + "年至" + c.year() + "年范围内都没有已开庭的行政诉讼案件。");
        }
        List<TrendChart.Point> points = new ArrayList<>();
        List<Chart.Row> rows = new ArrayList<>();
        StringBuilder desc = new StringBuilder(title + ":");
        AppearanceRates any = null;
        for (Map.Entry<Integer, AppearanceRates> e : byYear.entrySet()) {
            AppearanceRates r = e.getValue();
            any = r;
            boolean heard = r.heard() > 0;
            points.add(new TrendChart.Point(String.valueOf(e.getKey()), heard ? r.rate().doubleValue() : null,
                    r.rateText()));
            rows.add(new Chart.Row(e.getKey() + "年", List.of(String.valueOf(r.heard()), String.valueOf(r.appeared()),
                    heard ? r.rateText() : "无数据")));
            desc.append(points.size() == 1 ? "" : "、").append(e.getKey()).append("年")
                    .append(heard ? r.rateText() : "无数据");
        }
        desc.append("。");
        String line = "约谈线 " + any.threshold().toPlainString() + "%";
        String svg = new TrendChart(TREND, title, desc.toString(), 100, "%", any.threshold().doubleValue(), line)
                .svg(points);
        return Chart.drawn(TREND, title, svg, new Chart.DataTable(title,
                List.of("年度", "已开庭", "负责人出庭", "出庭率"), rows));
    }
}
