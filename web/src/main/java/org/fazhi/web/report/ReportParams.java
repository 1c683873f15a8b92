package org.fazhi.web.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.pages.Options;

/**
 * The unit and year of a report request. Both may be left out: the year is then last year (the one
 * being reported on), the unit the user's own (the root of their scope) or, for a user over the whole
 * ledger, its top unit — the government whose report it is.
 */
final class ReportParams {
    /** The first year the 2019 rules asked for these reports; older years are offered when asked for. */
    static final int FIRST_YEAR = 2019;

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
        Long asked = Params.optionalId(text, "orgId", "单位");
        if (asked != null) {
            return asked;
        }
        if (actor.scoped()) {
            return actor.scopeOrgId();
        }
        return core.orgs().visible(actor).stream().filter(o -> o.parentId() == null)
                .min(Comparator.comparingLong(Org::id)).map(Org::id).orElse(null);
    }

    static long requiredOrgId(String text, Actor actor, CoreServices core) {
        Long id = orgId(text, actor, core);
        if (id == null) {
            throw new ValidationException("orgId", "还没有任何单位,请先建立单位");
        }
        return id;
    }

    /** Report years from this year back, the chosen one marked (reports are written for past years). */
    static List<Options.Option> years(int selected, int thisYear) {
        List<Options.Option> out = new ArrayList<>();
        for (int y = Math.max(selected, thisYear); y >= Math.min(selected, FIRST_YEAR); y--) {
            out.add(new Options.Option(String.valueOf(y), y + "年度", y == selected));
        }
        return out;
    }

    /** "year=2025&orgId=3" for links between the report's pages. */
    static String query(int year, long orgId) {
        return "year=" + year + "&orgId=" + orgId;
    }
}
