package org.fazhi.web.duties;

import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.duty.duties.ReviewState;
import org.fazhi.model.ValidationException;
import org.fazhi.model.time.Years;
import org.fazhi.web.api.Params;

/** Query parameters of the duty lists, parsed with messages that name the parameter. */
final class DutyParams {
    private DutyParams() {
    }

    static Integer optionalYear(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Years.check(Integer.parseInt(text.strip()), "year");
        } catch (NumberFormatException e) {
            throw new ValidationException("year", "年度必须是四位数字,例如 2024");
        }
    }

    /** ?year=…, or the year of {@code today}. */
    static int yearOr(String text, int current) {
        Integer y = optionalYear(text);
        return y == null ? current : y;
    }

    static DutyFilter filter(String orgId, String year, String personId, String code, String status, String reviewState,
                             String q) {
        return new DutyFilter(Params.optionalId(orgId, "orgId", "单位"), optionalYear(year),
                Params.optionalId(personId, "personId", "人员"), code == null || code.isBlank() ? null : code.strip(),
                status == null || status.isBlank() ? null : DutyStatus.parse(status),
                reviewState == null || reviewState.isBlank() ? null : ReviewState.parse(reviewState), q);
    }
}
