package org.fazhi.web.accountability;

import org.fazhi.duty.lawreport.LawReportFilter;
import org.fazhi.duty.rectify.RectificationFilter;
import org.fazhi.web.api.Params;

/** Query and form values of the 述法 and 整改 ledgers, parsed with messages that name the field. */
final class AccountabilityParams {
    private AccountabilityParams() {
    }

    static LawReportFilter lawReportFilter(String orgId, Integer year, String personId) {
        return new LawReportFilter(Params.optionalOrg(orgId), year,
                Params.optionalId(personId, "personId", "人员"));
    }

    static RectificationFilter rectificationFilter(String orgId, Integer year, String status, String q) {
        return RectificationFilter.of(Params.optionalOrg(orgId), year, status, q);
    }
}
