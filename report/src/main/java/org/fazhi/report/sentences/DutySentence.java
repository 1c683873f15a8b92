package org.fazhi.report.sentences;

import org.fazhi.report.ReportPart;
import org.fazhi.report.figures.DutyYear;

/**
 * The 第一责任人 sentence: "2025年度,3名党政主要负责人的20项第一责任人职责已完成15项,完成率75.0%,…". Items
 * that do not apply (with their reason) are left out of the count, as they are left out of the rate,
 * and named apart; overdue items are counted as of the day the report is read.
 */
public final class DutySentence {
    public static final String KEY = "duties";

    private DutySentence() {
    }

    /** @param last last year's figures, or null when they are not known */
    public static Statistic of(int year, DutyYear now, DutyYear last) {
        if (!now.hasData()) {
            return Statistic.noRecords(KEY, ReportPart.DUTIES, year + "年度的第一责任人职责事项");
        }
        String who = year + "年度," + now.leaders() + "名党政主要负责人的";
        if (now.owed() == 0) {
            return new Statistic(KEY, ReportPart.DUTIES, who + now.figures().total() + "项第一责任人职责均经说明不适用。", true);
        }
        boolean compare = last != null && last.hasData();
        Sentence s = new Sentence()
                .add(who + now.owed() + "项第一责任人职责已完成" + now.figures().done() + "项")
                .add("完成率" + now.figures().rate().text())
                .add(YearOnYear.points(now.figures().rate().value(), compare ? last.figures().rate().value() : null));
        if (now.figures().notApplicable() > 0) {
            s.next().add("另有" + now.figures().notApplicable() + "项经说明不适用");
        }
        if (now.figures().overdue() > 0) {
            s.next().add("逾期未完成" + now.figures().overdue() + "项");
        }
        return Statistic.of(KEY, ReportPart.DUTIES, s);
    }
}
