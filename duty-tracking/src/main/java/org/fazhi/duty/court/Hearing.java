package org.fazhi.duty.court;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.person.LeaderCategory;

/**
 * One 开庭 of an instance and who appeared for the defendant unit.
 *
 * <p>A head ({@link LeaderCategory#isHead()}, never STAFF) either appeared, or did not and an
 * {@link AbsenceReason} says why (NONE = no valid reason). Who went instead is {@code entrustedStaff}
 * (相应的工作人员); {@code lawyerOnly} marks the violation of sending only a lawyer.
 *
 * @param notified    the date the court's 出庭通知书 was received, or null when none came
 * @param absenceNote 未出庭情况: what happened beside the category, e.g. "负责人因不可抗力委托副职出庭";
 *                    only when no head appeared, at most {@value #NOTE_LENGTH} characters
 */
public record Hearing(Long id, long caseId, LocalDate date, LocalDate notified, boolean headAppeared, String headName,
                      String headPosition, LeaderCategory headCategory, boolean spoke, AbsenceReason absenceReason,
                      String absenceNote, String entrustedStaff, boolean lawyerOnly, int version) {
    /** 法释〔2020〕3号: the notice is served at least 3 days before the hearing. */
    public static final int NOTICE_DAYS = 3;
    /** The longest 未出庭情况. */
    public static final int NOTE_LENGTH = 200;

    public Hearing {
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Checks.optionalId(id, "id", "开庭记录"));
        errors.check(() -> Checks.requiredDate(date, "date", "开庭日期"));
        errors.check(() -> Checks.optionalDate(notified, "notified"));
        errors.refuseIf(notified != null && date != null && notified.isAfter(date), "notified", "出庭通知日期不能晚于开庭日期");
        headName = errors.check(headName, v -> Checks.optionalText(v, "headName", "出庭负责人", 30));
        headPosition = errors.check(headPosition, v -> Checks.optionalText(v, "headPosition", "职务", 40));
        entrustedStaff = errors.check(entrustedStaff, v -> Checks.optionalText(v, "entrustedStaff", "委托工作人员", 100));
        absenceNote = errors.check(absenceNote, v -> Checks.optionalText(v, "absenceNote", "未出庭情况", NOTE_LENGTH));
        if (headAppeared) {
            errors.refuseIf(headName == null, "headName", "负责人出庭时须填写出庭负责人姓名");
            errors.refuseIf(headCategory == null, "headCategory", "负责人出庭时须填写负责人类别");
            errors.refuseIf(absenceReason != null, "absenceReason", "负责人已出庭,不应填写未出庭理由");
            errors.refuseIf(absenceNote != null, "absenceNote", "负责人已出庭,不应填写未出庭情况");
            errors.refuseIf(lawyerOnly, "lawyerOnly", "负责人已出庭,不能标记为仅委托律师出庭");
        } else {
            errors.refuseIf(absenceReason == null, "absenceReason", "负责人未出庭时须选择未出庭理由(无正当理由的选“无正当理由”)");
            errors.refuseIf(spoke, "spoke", "负责人未出庭,不能标记为出庭发言");
        }
        errors.refuseIf(headCategory == LeaderCategory.STAFF, "headCategory",
                "工作人员不是行政机关负责人,负责人类别不能选“工作人员”;由工作人员出庭的,请填写在“委托工作人员”中");
        errors.refuseIf(lawyerOnly && entrustedStaff != null, "lawyerOnly", "已填写委托工作人员,不能同时标记为仅委托律师出庭");
        errors.check(() -> Checks.version(version));
        errors.throwIfAny();
    }

    /** A hearing where the head appeared. */
    public static Hearing appeared(LocalDate date, LocalDate notified, String headName, String headPosition,
                                   LeaderCategory category, boolean spoke) {
        return new Hearing(null, 0, date, notified, true, headName, headPosition, category, spoke, null, null, null, false, 0);
    }

    /** A hearing where no head appeared; {@code entrustedStaff} went instead (or nobody but a lawyer). */
    public static Hearing absent(LocalDate date, LocalDate notified, AbsenceReason reason, String entrustedStaff,
                                 boolean lawyerOnly) {
        return new Hearing(null, 0, date, notified, false, null, null, null, false, reason, null, entrustedStaff,
                lawyerOnly, 0);
    }

    /** The same hearing with {@code note} as its 未出庭情况 (checked like any other). */
    public Hearing withAbsenceNote(String note) {
        return new Hearing(id, caseId, date, notified, headAppeared, headName, headPosition, headCategory, spoke,
                absenceReason, note, entrustedStaff, lawyerOnly, version);
    }

    public Hearing withCase(long newCaseId) {
        return new Hearing(id, newCaseId, date, notified, headAppeared, headName, headPosition, headCategory, spoke,
                absenceReason, absenceNote, entrustedStaff, lawyerOnly, version);
    }

    public Hearing withIdAndVersion(long newId, int newVersion) {
        return new Hearing(newId, caseId, date, notified, headAppeared, headName, headPosition, headCategory, spoke,
                absenceReason, absenceNote, entrustedStaff, lawyerOnly, newVersion);
    }

    /** Whether a head (not STAFF) appeared: what counts for 出庭率. */
    public boolean countsAsAppeared() {
        return headAppeared && headCategory != null && headCategory.isHead();
    }

    /** A 无正当理由 no-show: two in a period put the unit on the 约谈 list. */
    public boolean unjustifiedAbsence() {
        return !headAppeared && absenceReason != null && !absenceReason.valid();
    }

    /**
     * Things to point out without refusing the record: a notice served less than {@value #NOTICE_DAYS}
     * days before the hearing, an unjustified absence, a lawyer-only appearance.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (notified != null && date != null && ChronoUnit.DAYS.between(notified, date) < NOTICE_DAYS) {
            out.add("出庭通知书于开庭前" + ChronoUnit.DAYS.between(notified, date) + "日送达,少于法定的" + NOTICE_DAYS
                    + "日,请注意留存送达记录");
        }
        if (unjustifiedAbsence()) {
            out.add("负责人无正当理由未出庭");
        }
        if (lawyerOnly) {
            out.add("仅委托律师出庭,违反行政机关负责人出庭应诉规定");
        }
        return out;
    }
}
