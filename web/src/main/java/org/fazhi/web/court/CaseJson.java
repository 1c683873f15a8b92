package org.fazhi.web.court;

import java.time.LocalDate;
import org.fazhi.duty.court.CaseOutcome;
import org.fazhi.duty.court.CaseRow;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Instance;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.org.OrgTree;
import org.fazhi.model.time.Years;

/**
 * A court case as the API sends and receives it: {id, caseNo, court, instance, defendantOrgId, cause,
 * filedOn, outcome} as docs/API.md names them, plus instanceLabel, defendantOrgName, coDefendants,
 * adminField, outcomeLabel, version and, read only, hearings (how many are recorded), appeared
 * (whether a head appeared at one: the instance's duty is met) and lastHearing.
 */
public record CaseJson(Long id, String caseNo, String court, String instance, String instanceLabel, Long defendantOrgId,
                       String defendantOrgName, String coDefendants, String cause, String adminField, String filedOn,
                       String outcome, String outcomeLabel, Integer version, Integer hearings, Boolean appeared,
                       String lastHearing) {

    static CaseJson of(CaseRow r, OrgTree tree) {
        CourtCase c = r.courtCase();
        return new CaseJson(c.id(), c.caseNo(), c.court(), c.instance().name(), c.instance().label(), c.defendantOrgId(),
                tree == null ? null : tree.find(c.defendantOrgId()).map(o -> o.name()).orElse(null), c.coDefendants(),
                c.cause(), c.adminField(), text(c.filedOn()), c.outcome().name(), c.outcome().label(), c.version(),
                r.hearings(), r.appeared(), text(r.lastHearing()));
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** The case this input describes; every wrong field is reported at once. */
    CourtCase toCase() {
        FieldErrors errors = new FieldErrors();
        Instance i = errors.check(() -> Instance.parse(instance));
        CaseOutcome o = errors.check(() -> outcome == null || outcome.isBlank() ? null : CaseOutcome.parse(outcome));
        LocalDate filed = errors.check(() -> filedOn == null || filedOn.isBlank() ? null
                : Years.parseDate(filedOn, "filedOn", "立案日期"));
        CourtCase c = errors.check(() -> new CourtCase(null, caseNo, court, i, defendantOrgId == null ? 0 : defendantOrgId,
                coDefendants, cause, adminField, filed, o, 0));
        errors.throwIfAny();
        return c;
    }
}
