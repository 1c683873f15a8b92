package org.fazhi.web.reconsideration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.time.Years;
import org.fazhi.reconsideration.cases.ApplicantType;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.MatterCategory;
import org.fazhi.reconsideration.cases.Procedure;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.reconsideration.stats.ReconsiderationStats;
import org.fazhi.reconsideration.stats.RespondentRate;

/** The JSON shapes of the 行政复议 ledger (docs/API.md, "行政复议 ledger"). */
public final class ReconsiderationJson {
    private ReconsiderationJson() {
    }

    /**
     * {id, caseNo, applicant, applicantType, respondentOrgId, respondentOrgName, category, receivedOn, acceptedOn,
     * notAcceptedReason, procedure, extendedDays, decidedOn, decision, correctedIndirectly, courtCaseId, note, version}
     * and, read-only: dueOn, stage, daysLeft, daysLate, overdue, and the labels of the codes.
     */
    public record Case(Long id, String caseNo, String applicant, String applicantType, String applicantTypeLabel,
                       Long respondentOrgId, String respondentOrgName, String category, String categoryLabel,
                       String receivedOn, String acceptedOn, String notAcceptedReason, String procedure,
                       String procedureLabel, Integer extendedDays, String decidedOn, String decision, String decisionLabel,
                       Boolean correctedIndirectly, Long courtCaseId, String note, String dueOn, String stage,
                       String stageLabel, Long daysLeft, Long daysLate, Boolean overdue, Integer version) {
        static Case of(ReconsiderationCase c, LocalDate today) {
            ReconsiderationCase.Standing s = c.standing(today);
            return new Case(c.id(), c.caseNo(), c.applicant(), c.applicantType().name(), c.applicantType().label(),
                    c.respondentOrgId(), c.respondentOrgName(), c.category().name(), c.category().label(),
                    c.receivedOn().toString(), text(c.acceptedOn()), c.notAcceptedReason(), c.procedure().name(),
                    c.procedure().label(), c.extendedDays(), text(c.decidedOn()), c.decision() == null ? null : c.decision().name(),
                    c.decision() == null ? null : c.decision().label(), c.correctedIndirectly(), c.courtCaseId(), c.note(),
                    text(c.dueOn()), s.stage().name(), s.stage().label(), s.daysLeft(), s.daysLate(), s.overdue(), c.version());
        }

        ReconsiderationCase toDraft() {
            return draft(caseNo, applicant, applicantType, respondentOrgId, category, receivedOn, acceptedOn, notAcceptedReason,
                    procedure, extendedDays, decidedOn, decision, correctedIndirectly, courtCaseId, note);
        }
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** Parses the typed fields of the API and the form alike, collecting every problem (the case adds its own). */
    static ReconsiderationCase draft(String caseNo, String applicant, String applicantType, Long respondentOrgId,
                                     String category, String receivedOn, String acceptedOn, String notAcceptedReason,
                                     String procedure, Integer extendedDays, String decidedOn, String decision,
                                     Boolean correctedIndirectly, Long courtCaseId, String note) {
        FieldErrors errors = new FieldErrors();
        ApplicantType type = errors.check(() -> ApplicantType.parse(applicantType));
        errors.run(() -> {
            if (respondentOrgId == null) {
                throw new ValidationException("respondentOrgId", "被申请人不能为空");
            }
        });
        MatterCategory cat = errors.check(() -> MatterCategory.parse(category));
        LocalDate received = errors.check(() -> Years.parseDate(receivedOn, "receivedOn", "收到申请日期"));
        LocalDate accepted = errors.check(() -> optionalDate(acceptedOn, "acceptedOn", "受理日期"));
        Procedure p = procedure == null || procedure.isBlank() ? Procedure.NORMAL : errors.check(() -> Procedure.parse(procedure));
        LocalDate decided = errors.check(() -> optionalDate(decidedOn, "decidedOn", "决定日期"));
        Decision d = decision == null || decision.isBlank() ? null : errors.check(() -> Decision.parse(decision));
        errors.throwIfAny();
        return ReconsiderationCase.draft(caseNo, applicant, type, respondentOrgId, cat, received, accepted, notAcceptedReason,
                p, extendedDays == null ? 0 : extendedDays, decided, d, Boolean.TRUE.equals(correctedIndirectly), courtCaseId,
                note);
    }

    private static LocalDate optionalDate(String text, String field, String label) {
        return text == null || text.isBlank() ? null : Years.parseDate(text, field, label);
    }

    /**
     * {year, orgId, received, accepted, acceptanceRate, concluded, onTime, onTimeRate, directCorrections,
     * directCorrectionRate, comprehensiveCorrections, comprehensiveCorrectionRate, denominator, byDecision, byCategory,
     * byRespondent, summary}: rates in percent (null with nothing to divide by).
     */
    public record Stats(int year, Long orgId, long received, long accepted, BigDecimal acceptanceRate,
                        long concluded, long onTime, BigDecimal onTimeRate, long directCorrections,
                        BigDecimal directCorrectionRate, long comprehensiveCorrections,
                        BigDecimal comprehensiveCorrectionRate, String denominator, Map<String, Long> byDecision,
                        Map<String, Long> byCategory, List<Respondent> byRespondent, String summary) {
        static Stats of(ReconsiderationStats s) {
            Map<String, Long> decisions = new LinkedHashMap<>();
            s.byDecision().forEach((k, v) -> decisions.put(k.name(), v));
            Map<String, Long> categories = new LinkedHashMap<>();
            s.byCategory().forEach((k, v) -> categories.put(k.name(), v));
            return new Stats(s.year(), s.orgId(), s.received(), s.accepted(), s.acceptanceRate().value(), s.concluded(),
                    s.onTime(), s.onTimeRate().value(), s.directCorrections(), s.directCorrectionRate().value(),
                    s.comprehensiveCorrections(), s.comprehensiveCorrectionRate().value(), s.denominator().name(), decisions,
                    categories, s.byRespondent().stream().map(Respondent::of).toList(), s.summary());
        }
    }

    /** {rank, orgId, orgName, concluded, directCorrections, directCorrectionRate, comprehensiveCorrections, comprehensiveCorrectionRate}. */
    public record Respondent(int rank, long orgId, String orgName, long concluded, long directCorrections,
                             BigDecimal directCorrectionRate, long comprehensiveCorrections,
                             BigDecimal comprehensiveCorrectionRate) {
        static Respondent of(RespondentRate r) {
            return new Respondent(r.rank(), r.orgId(), r.orgName(), r.concluded(), r.directCorrections(),
                    value(r.directCorrectionRate()), r.comprehensiveCorrections(), value(r.comprehensiveCorrectionRate()));
        }
    }

    private static BigDecimal value(Percent p) {
        return p.value();
    }

    /** {correctionDenominator, correctionDenominatorLabel}: what the 直接纠错率 divides by. */
    public record Settings(String correctionDenominator, String correctionDenominatorLabel) {
    }
}
