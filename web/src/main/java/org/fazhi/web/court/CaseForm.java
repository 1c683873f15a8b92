package org.fazhi.web.court;

import java.time.LocalDate;
import org.fazhi.duty.court.CaseOutcome;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Instance;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.time.Years;
import org.fazhi.web.api.Params;
import org.fazhi.web.pages.FormState;

/** The case form's fields, read into a {@link CourtCase} and written back from one for editing. */
final class CaseForm {
    private CaseForm() {
    }

    static FormState of(CourtCase c) {
        return FormState.empty().value("caseNo", c.caseNo()).value("court", c.court()).value("instance", c.instance().name())
                .value("defendantOrgId", c.defendantOrgId()).value("coDefendants", c.coDefendants())
                .value("cause", c.cause()).value("adminField", c.adminField()).value("filedOn", c.filedOn())
                .value("outcome", c.outcome().name()).value("version", c.version());
    }

    /** Every wrong field at once, each named as the API names it, so the form marks them all. */
    static CourtCase parse(FormState f) {
        FieldErrors errors = new FieldErrors();
        Long org = errors.check(() -> Params.optionalId(f.get("defendantOrgId"), "defendantOrgId", "被告单位"));
        Instance instance = errors.check(() -> Instance.parse(f.get("instance")));
        CaseOutcome outcome = errors.check(() -> f.get("outcome") == null ? null : CaseOutcome.parse(f.get("outcome")));
        LocalDate filed = errors.check(() -> f.get("filedOn") == null ? null : Years.parseDate(f.get("filedOn"), "filedOn", "立案日期"));
        CourtCase c = errors.check(() -> new CourtCase(null, f.get("caseNo"), f.get("court"), instance, org == null ? 0 : org,
                f.get("coDefendants"), f.get("cause"), f.get("adminField"), filed, outcome, 0));
        errors.throwIfAny();
        return c;
    }

    static Integer version(FormState f) {
        return f.version();
    }
}
