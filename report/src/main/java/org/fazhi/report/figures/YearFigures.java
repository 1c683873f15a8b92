package org.fazhi.report.figures;

import java.util.Map;
import org.fazhi.duty.court.Denominator;
import org.fazhi.duty.court.RateFigures;
import org.fazhi.duty.lawreport.LawReportSummary;
import org.fazhi.duty.rectify.RectificationSummary;
import org.fazhi.training.exam.ExamStats;
import org.fazhi.training.study.YearTally;

/** Everything the report's statistics say about one year of a unit subtree, as the ledgers count it. */
public record YearFigures(int year, YearTally study, ExamStats exams, Denominator denominator, RateFigures court,
                          DutyYear duties, LawReportSummary lawReports, RectificationSummary rectifications) {

    /** A year with nothing in any ledger: the "year before" of the first year the ledger can hold. */
    public static YearFigures empty(int year) {
        return new YearFigures(year, YearTally.NONE, ExamStats.of(year, 0, 0, 0, 0, 0, 0, 0, null), Denominator.HEARD,
                RateFigures.ZERO, DutyYear.NONE, LawReportSummary.of(year, null, 0, 0, 0, Map.of(), Map.of(), 0),
                RectificationSummary.of(year, null, 0, 0, 0, 0));
    }
}
