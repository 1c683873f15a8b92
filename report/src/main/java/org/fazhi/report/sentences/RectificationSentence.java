package org.fazhi.report.sentences;

import org.fazhi.duty.rectify.RectificationSummary;
import org.fazhi.model.calc.Percent;
import org.fazhi.report.ReportPart;

/**
 * The 整改 sentence: "2025年度督察发现问题12个,较上年减少3个,已销号9个(75.0%),其中按期销号7个;逾期未销号2个,
 * 其余1个在整改期限内". Items belong to the year they were found or fall due in (the ledger's rule);
 * overdue is judged on the day the report is read.
 */
public final class RectificationSentence {
    public static final String KEY = "rectifications";

    private RectificationSentence() {
    }

    /** @param last last year's figures, or null when they are not known */
    public static Statistic of(int year, RectificationSummary now, RectificationSummary last) {
        if (now.total() == 0) {
            return Statistic.noRecords(KEY, ReportPart.MEASURES, year + "年度的督察整改事项");
        }
        boolean compare = last != null && last.total() > 0;
        Sentence s = new Sentence().add(year + "年度督察发现问题" + now.total() + "个")
                .add(YearOnYear.count(now.total(), compare ? last.total() : null, "个"))
                .add("已销号" + now.closed() + "个(" + Percent.of(now.closed(), now.total()).text() + ")");
        if (now.closed() > 0) {
            s.add("其中按期销号" + now.closedOnTime() + "个");
        }
        long inTime = now.open() - now.overdue();
        if (now.overdue() > 0) {
            s.next().add("逾期未销号" + now.overdue() + "个");
            if (inTime > 0) {
                s.add("其余" + inTime + "个在整改期限内");
            }
        } else if (inTime > 0) {
            s.next().add("尚未销号" + inTime + "个,均在整改期限内");
        }
        return Statistic.of(KEY, ReportPart.MEASURES, s);
    }
}
