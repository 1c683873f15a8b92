package org.fazhi.web.duties;

import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.duty.duties.ReviewState;
import org.fazhi.web.api.Params;

/**
 * Query parameters of the duty lists (the API's, the export's and the page's), parsed with messages that name the
 * parameter; a blank text is no filter, and the text is kept stripped, as the page shows it back in its search field.
 */
final class DutyParams {
    private DutyParams() {
    }

    static DutyFilter filter(String orgId, String year, String personId, String code, String status, String reviewState,
                             String q) {
        return new DutyFilter(Params.optionalOrg(orgId), Params.optionalYear(year),
                Params.optionalId(personId, "personId", "人员"), code == null || code.isBlank() ? null : code.strip(),
                status == null || status.isBlank() ? null : DutyStatus.parse(status),
                reviewState == null || reviewState.isBlank() ? null : ReviewState.parse(reviewState),
                q == null || q.isBlank() ? null : q.strip());
    }
}
