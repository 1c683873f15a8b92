package org.fazhi.web.court;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.duty.court.CaseFilter;
import org.fazhi.duty.court.CaseOutcome;
import org.fazhi.duty.court.Instance;
import org.fazhi.duty.court.Period;
import org.fazhi.model.ValidationException;
import org.fazhi.model.time.Years;
import org.fazhi.web.api.Params;

/** Query parameters of the court lists and rates, parsed with messages that name the parameter. */
final class CourtParams {
    private CourtParams() {
    }

    static Integer optionalYear(String text) {
        Integer y = Params.optionalInt(text, "year", "年度");
        return y == null ? null : Years.check(y, "year");
    }

    /** The year asked for, or this year by {@code clock} (the server's). */
    static int yearOrCurrent(String text, Clock clock) {
        Integer y = optionalYear(text);
        return y == null ? LocalDate.now(clock).getYear() : y;
    }

    /**
     * {@code ?orgId=&year=&instance=&outcome=&q=}: the year finds cases filed in it or heard in it;
     * q searches 案号, 案由 and 法院.
     */
    static CaseFilter caseFilter(String orgId, String year, String instance, String outcome, String q) {
        if (q != null && q.length() > 100) {
            throw new ValidationException("q", "搜索内容不能超过100个字");
        }
        return new CaseFilter(Params.optionalOrg(orgId), optionalYear(year),
                instance == null || instance.isBlank() ? null : Instance.parse(instance),
                outcome == null || outcome.isBlank() ? null : CaseOutcome.parse(outcome),
                q == null || q.isBlank() ? null : q.strip());
    }

    /** {@code ?year=&quarter=|month=}: the year (this one by {@code clock} when not given), or one quarter or month of it. */
    static Period period(String year, String quarter, String month, Clock clock) {
        return Period.of(yearOrCurrent(year, clock), Params.optionalInt(quarter, "quarter", "季度"), Params.optionalInt(month, "month", "月份"));
    }
}
