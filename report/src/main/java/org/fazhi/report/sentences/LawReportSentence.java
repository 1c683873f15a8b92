package org.fazhi.report.sentences;

import org.fazhi.duty.lawreport.LawReportSummary;
import org.fazhi.report.ReportPart;

/**
 * The 述法 sentence: the principals who reported against those expected to, then every report of the
 * year (deputies' included, so counted in 人次) by way and by rating — "2025年度党政主要负责人应述法12人,
 * 已述法10人,述法率83.3%;全年述法共14人次,其中书面述法6人次,述职会述法8人次;评议为优秀5人次,良好9人次".
 */
public final class LawReportSentence {
    public static final String KEY = "lawReports";

    private LawReportSentence() {
    }

    /** @param last last year's figures, or null when they are not known */
    public static Statistic of(int year, LawReportSummary now, LawReportSummary last) {
        if (now.reports() == 0) {
            return Statistic.noRecords(KEY, ReportPart.DUTIES, year + "年度的述法记录");
        }
        boolean compare = last != null && last.reports() > 0;
        Sentence s = new Sentence();
        if (now.leaders() > 0) {
            s.add(year + "年度党政主要负责人应述法" + now.leaders() + "人").add("已述法" + now.reported() + "人")
                    .add("述法率" + now.rate().toPlainString() + "%")
                    .add(YearOnYear.points(now.rate(), compare ? last.rate() : null));
            s.next().add("全年述法共" + now.reports() + "人次");
        } else {
            s.add(year + "年度述法共" + now.reports() + "人次");
        }
        s.addCounts("其中", now.byWay(), "人次");
        s.next().addCounts("评议为", now.byRating(), "人次");
        if (now.unrated() > 0) {
            s.add("尚未评议" + now.unrated() + "人次");
        }
        return Statistic.of(KEY, ReportPart.DUTIES, s);
    }
}
