package org.fazhi.reconsideration.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.fazhi.model.Checks;
import org.fazhi.model.Coded;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;

/**
 * A 行政复议 case: the application, its acceptance (or the reason it was not accepted), the procedure and
 * any extension, the decision, and the lawsuit that followed. {@code respondentOrgName} and {@code dueOn}
 * are read from the store (ignored in a draft): the due date is computed from the law ({@link #dueOn(LocalDate,
 * Procedure, int)}) whenever the case is saved.
 *
 * <p>The order of the steps is checked here, field by field, so every wrong field is named at once: accepted no
 * earlier than received, decided no earlier than accepted and only once accepted, a decision with its date and
 * a date with its decision, an extension of 0–30 days and none on the simple procedure, the 纠正 flag only on
 * a 调解/和解/终止, no reason for non-acceptance on an accepted case.
 */
public record ReconsiderationCase(Long id, String caseNo, String applicant, ApplicantType applicantType,
                                  long respondentOrgId, String respondentOrgName, MatterCategory category,
                                  LocalDate receivedOn, LocalDate acceptedOn, String notAcceptedReason,
                                  Procedure procedure, int extendedDays, LocalDate decidedOn, Decision decision,
                                  boolean correctedIndirectly, Long courtCaseId, String note, LocalDate dueOn,
                                  int version) {
    public static final int CASE_NO_MAX = 60;
    public static final int APPLICANT_MAX = 100;
    public static final int TEXT_MAX = 500;
    /** Longest extension of the normal procedure, once (行政复议法 2023). */
    public static final int EXTENSION_MAX = 30;
    /** Days the 复议机关 has to decide whether to accept an application. */
    public static final int ACCEPTANCE_DAYS = 5;

    public ReconsiderationCase {
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Checks.optionalId(id, "id", "复议案件"));
        caseNo = errors.check(caseNo, v -> Checks.requiredText(v, "caseNo", "案号", CASE_NO_MAX));
        applicant = errors.check(applicant, v -> Checks.requiredText(v, "applicant", "申请人", APPLICANT_MAX));
        errors.check(() -> Checks.required(applicantType, "applicantType", "申请人类型"));
        errors.check(() -> Checks.requiredRef(respondentOrgId, "respondentOrgId", "被申请人"));
        errors.check(() -> Checks.required(category, "category", "事项类别"));
        LocalDate received = errors.check(() -> Checks.requiredDate(receivedOn, "receivedOn", "收到申请日期"));
        LocalDate accepted = errors.check(() -> Checks.optionalDate(acceptedOn, "acceptedOn"));
        LocalDate decided = errors.check(() -> Checks.optionalDate(decidedOn, "decidedOn"));
        notAcceptedReason = errors.check(notAcceptedReason,
                v -> Checks.optionalText(v, "notAcceptedReason", "不予受理理由", TEXT_MAX));
        errors.check(() -> Checks.required(procedure, "procedure", "审理程序"));
        note = errors.check(note, v -> Checks.optionalText(v, "note", "备注", TEXT_MAX));
        errors.check(() -> Checks.optionalId(courtCaseId, "courtCaseId", "后续诉讼案件"));
        errors.check(() -> Checks.version(version));
        errors.refuseIf(received != null && accepted != null && accepted.isBefore(received), "acceptedOn",
                "受理日期不能早于收到申请日期(" + received + ")");
        errors.refuseIf(acceptedOn != null && notAcceptedReason != null, "notAcceptedReason", "已受理的案件不填写不予受理理由");
        errors.refuseIf(extendedDays < 0 || extendedDays > EXTENSION_MAX, "extendedDays", "延长审理期限应在0到" + EXTENSION_MAX + "天之间");
        errors.refuseIf(extendedDays > 0 && procedure == Procedure.SIMPLE, "extendedDays", "简易程序案件不能延长审理期限");
        errors.refuseIf(extendedDays > 0 && acceptedOn == null, "extendedDays", "案件尚未受理,不能延长审理期限");
        errors.run(() -> {
            if (decidedOn != null && acceptedOn == null) {
                throw new ValidationException("decidedOn", "案件尚未受理,不能填写决定日期");
            }
            if (decided != null && accepted != null && decided.isBefore(accepted)) {
                throw new ValidationException("decidedOn", "决定日期不能早于受理日期(" + accepted + ")");
            }
            if (decidedOn != null && decision == null) {
                throw new ValidationException("decision", "填写了决定日期,请同时选择决定结果");
            }
        });
        errors.run(() -> {
            if (decision != null && decidedOn == null) {
                throw new ValidationException("decidedOn", "选择了决定结果“" + decision.label() + "”,请同时填写决定日期");
            }
        });
        errors.refuseIf(correctedIndirectly && (decision == null || decision.onMerits()), "correctedIndirectly",
                "“被申请人自行纠正”只适用于以调解、和解或终止结案的案件");
        errors.throwIfAny();
    }

    /** A case to store; the unit's name and the due date are filled in from the store. */
    public static ReconsiderationCase draft(String caseNo, String applicant, ApplicantType applicantType,
                                            long respondentOrgId, MatterCategory category, LocalDate receivedOn,
                                            LocalDate acceptedOn, String notAcceptedReason, Procedure procedure,
                                            int extendedDays, LocalDate decidedOn, Decision decision,
                                            boolean correctedIndirectly, Long courtCaseId, String note) {
        return new ReconsiderationCase(null, caseNo, applicant, applicantType, respondentOrgId, null, category, receivedOn,
                acceptedOn, notAcceptedReason, procedure, extendedDays, decidedOn, decision, correctedIndirectly, courtCaseId,
                note, null, 0);
    }

    /** This case as stored under {@code newId} (null: not yet stored), based on {@code newVersion}, its due date computed. */
    public ReconsiderationCase stored(Long newId, int newVersion) {
        return new ReconsiderationCase(newId, caseNo, applicant, applicantType, respondentOrgId, respondentOrgName, category,
                receivedOn, acceptedOn, notAcceptedReason, procedure, extendedDays, decidedOn, decision, correctedIndirectly,
                courtCaseId, note, dueOn(acceptedOn, procedure, extendedDays), newVersion);
    }

    /**
     * The day by which the decision is due: the day of acceptance plus 60 days (30 on the simple procedure)
     * plus the extension, in calendar days; null while the case is not accepted.
     */
    public static LocalDate dueOn(LocalDate acceptedOn, Procedure procedure, int extendedDays) {
        return acceptedOn == null ? null : acceptedOn.plusDays(procedure.days() + (long) extendedDays);
    }

    /** Where the case stands on {@code today}: what it waits for and how many days are left. */
    public Standing standing(LocalDate today) {
        if (decidedOn != null) {
            return new Standing(Stage.DECIDED, null, decidedOn.isAfter(dueOn) ? Long.valueOf(ChronoUnit.DAYS.between(dueOn, decidedOn)) : null,
                    decidedOn.isAfter(dueOn));
        }
        if (acceptedOn != null) {
            long left = ChronoUnit.DAYS.between(today, dueOn);
            return new Standing(Stage.HEARING, left, null, left < 0);
        }
        if (notAcceptedReason != null) {
            return new Standing(Stage.NOT_ACCEPTED, null, null, false);
        }
        long left = ChronoUnit.DAYS.between(today, receivedOn.plusDays(ACCEPTANCE_DAYS));
        return new Standing(Stage.ACCEPTANCE, left, null, left < 0);
    }

    /** "清政复决字〔2024〕12号(张三 诉 县市场监管局)", as messages and the audit log name the case. */
    public String title() {
        return caseNo + "(" + applicant + ")";
    }

    /** The stages of a case, as the list shows them and filters by. */
    public enum Stage implements Coded {
        ACCEPTANCE("待审查受理"),
        NOT_ACCEPTED("不予受理"),
        HEARING("审理中"),
        DECIDED("已结案");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        public static Stage parse(String value) {
            return Coded.parse(Stage.class, value, "stage", "办理阶段");
        }
    }

    /**
     * @param daysLeft  days until the step it waits for is due (acceptance or decision), negative when past;
     *                  null once decided or not accepted
     * @param daysLate  for a decided case decided after its due date, by how many days; else null
     * @param overdue   waiting past its due date, or decided late
     */
    public record Standing(Stage stage, Long daysLeft, Long daysLate, boolean overdue) {
    }
}
