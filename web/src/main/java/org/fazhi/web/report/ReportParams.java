package org.fazhi.web.report;

import java.util.Comparator;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;

/**
 * The unit and year of a report request. Both may be left out: the year is then last year (the one
 * being reported on), the unit the user's own (the root of their scope) or, for a user over the whole
 * ledger, its top unit — the government whose report it is.
 */
final class ReportParams {
    private ReportParams() {
    }

    static int year(String text, int thisYear) {
        if (text == null || text.isBlank()) {
            return thisYear - 1;
        }
        try {
            return Years.check(Integer.parseInt(text.strip()), "year");
        } catch (NumberFormatException e) {
            throw new ValidationException("year", "年度必须是四位数字,例如 2025");
        }
    }

    /** The unit asked for, else the default one; null only when the ledger has no unit the user can see. */
    static Long orgId(String text, Actor actor, CoreServices core) {
        Long asked = Params.optionalOrg(text);
        if (asked != null) {
            return asked;
        }
        if (actor.scoped()) {
            return actor.scopeOrgId();
        }
        return core.visibleOrgs().list(actor).stream().filter(o -> o.parentId() == null)
                .min(Comparator.comparingLong(Org::id)).map(Org::id).orElse(null);
    }

    static long requiredOrgId(String text, Actor actor, CoreServices core) {
        Long id = orgId(text, actor, core);
        if (id == null) {
            throw new ValidationException("orgId", "还没有任何单位,请先建立单位");
        }
        return id;
    }

    /** "year=2025&orgId=3" for links between the report's pages. */
    static String query(int year, long orgId) {
        return "year=" + year + "&orgId=" + orgId;
    }
}
