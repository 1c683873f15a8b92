package org.fazhi.report.sentences;

import org.fazhi.duty.court.Denominator;
import org.fazhi.duty.court.RateFigures;
import org.fazhi.report.ReportPart;

/**
 * The 出庭应诉 sentence, in the words of 合肥's report: "全年已开庭行政诉讼案件1095件,实际出庭728件,出庭率66.5%",
 * then the change from last year, the 正职 figures and, when cases were concluded, the 败诉率. What is
 * counted follows the 出庭率 denominator setting (instances heard, notified, or single hearings).
 */
public final class CourtSentence {
    public static final String KEY = "court";

    private CourtSentence() {
    }

    /** @param last last year's figures under the same denominator, or null when they are not known */
    public static Statistic of(int year, Denominator d, RateFigures now, RateFigures last) {
        String unit = d == Denominator.HEARINGS ? "次" : "件";
        if (now.heard() == 0) {
            String what = switch (d) {
                case HEARD -> year + "年度已开庭的行政诉讼案件";
                case NOTIFIED -> year + "年度法院通知负责人出庭的行政诉讼案件";
                case HEARINGS -> year + "年度行政诉讼案件的开庭记录";
            };
            return Statistic.noRecords(KEY, ReportPart.MEASURES, what);
        }
        boolean compare = last != null && last.heard() > 0;
        Sentence s = new Sentence();
        switch (d) {
            case HEARD -> s.add("全年已开庭行政诉讼案件" + now.heard() + "件").add("实际出庭" + now.appeared() + "件");
            case NOTIFIED -> s.add("全年法院通知负责人出庭的行政诉讼案件" + now.heard() + "件")
                    .add("实际出庭" + now.appeared() + "件");
            case HEARINGS -> s.add("全年行政诉讼案件开庭" + now.heard() + "次").add("负责人出庭" + now.appeared() + "次");
        }
        s.add("出庭率" + now.rateText())
                .add(YearOnYear.points(now.rate().value(), compare ? last.rate().value() : null));
        s.next().add("其中行政机关正职出庭" + now.principalAppeared() + unit)
                .add("正职出庭率" + now.principalRate().text());
        if (now.concluded() > 0) {
            s.next().add("已审结" + now.concluded() + "件").add("败诉" + now.lost() + "件")
                    .add("败诉率" + now.lossRate().text());
        }
        return Statistic.of(KEY, ReportPart.MEASURES, s);
    }
}
