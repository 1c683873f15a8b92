package org.fazhi.duty.court;

import java.time.LocalDate;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;

/**
 * A 行政诉讼 case at one 审级: the unit of the appearance duty ("instance"). The same case number
 * heard again on appeal is a second row with {@code instance} SECOND.
 *
 * @param defendantOrgId the 被告单位; scope checks follow it
 * @param coDefendants   other defendants, as free text (共同被告)
 * @param adminField     the field of administration (行政管理领域), e.g. 生态环境
 * @param filedOn        立案日期, optional
 * @param outcome        PENDING when not given
 */
public record CourtCase(Long id, String caseNo, String court, Instance instance, long defendantOrgId,
                        String coDefendants, String cause, String adminField, LocalDate filedOn,
                        CaseOutcome outcome, int version) {
    public static final int CASE_NO_MAX = 60;

    public CourtCase {
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Checks.optionalId(id, "id", "案件"));
        caseNo = errors.check(caseNo, v -> Checks.requiredText(v, "caseNo", "案号", CASE_NO_MAX));
        court = errors.check(court, v -> Checks.requiredText(v, "court", "法院", 60));
        errors.check(() -> Checks.required(instance, "instance", "审级"));
        errors.check(() -> Checks.requiredRef(defendantOrgId, "defendantOrgId", "被告单位"));
        coDefendants = errors.check(coDefendants, v -> Checks.optionalText(v, "coDefendants", "共同被告", 200));
        cause = errors.check(cause, v -> Checks.optionalText(v, "cause", "案由", 100));
        adminField = errors.check(adminField, v -> Checks.optionalText(v, "adminField", "行政管理领域", 40));
        errors.check(() -> Checks.optionalDate(filedOn, "filedOn"));
        errors.check(() -> Checks.version(version));
        errors.throwIfAny();
        if (outcome == null) {
            outcome = CaseOutcome.PENDING;
        }
    }

    /** A new case, not yet stored. */
    public static CourtCase draft(String caseNo, String court, Instance instance, long defendantOrgId, String cause,
                                  LocalDate filedOn) {
        return new CourtCase(null, caseNo, court, instance, defendantOrgId, null, cause, null, filedOn, null, 0);
    }

    /** "(2024)皖01行初12号 一审" as messages and the audit log name it. */
    public String title() {
        return caseNo + " " + instance.label();
    }
}
