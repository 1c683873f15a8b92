package org.fazhi.web.reconsideration;

import org.fazhi.reconsideration.cases.CaseFilter;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.web.api.Params;

/** Query values of the 行政复议 list, parsed with messages that name the field. */
final class ReconsiderationParams {
    private ReconsiderationParams() {
    }

    static CaseFilter filter(String orgId, String year, String decision, String stage, String overdue, String q) {
        return new CaseFilter(Params.optionalOrg(orgId), Params.optionalYear(year),
                blank(decision) ? null : Decision.parse(decision),
                blank(stage) ? null : ReconsiderationCase.Stage.parse(stage),
                "true".equals(overdue) || "1".equals(overdue), q);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
