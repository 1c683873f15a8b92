package org.fazhi.web.court;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.court.HearingSaved;
import org.fazhi.model.Coded;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.time.Years;

/**
 * A hearing as the API sends and receives it: {id, date, notified, headAppeared, headName, headPosition,
 * headCategory, spoke, absenceReason, absenceNote, entrustedStaff, lawyerOnly} as docs/API.md names them
 * ({@code notified}: the date the court's 出庭通知书 was received, or null; {@code absenceNote}: the
 * 未出庭情况 beside the category, free text, only when no head appeared), plus caseId, the labels of
 * the codes, version and, read only, warnings (a notice served less than 3 days before, a no-show without
 * valid reason, a lawyer only): they never stop a save, and the answer to a POST or PUT carries them.
 */
public record HearingJson(Long id, Long caseId, String date, String notified, Boolean headAppeared, String headName,
                          String headPosition, String headCategory, String headCategoryLabel, Boolean spoke,
                          String absenceReason, String absenceReasonLabel, String absenceNote, String entrustedStaff,
                          Boolean lawyerOnly,
                          Integer version, List<String> warnings) {

    static HearingJson of(Hearing h) {
        return of(h, h.warnings());
    }

    static HearingJson of(HearingSaved saved) {
        return of(saved.hearing(), saved.warnings());
    }

    private static HearingJson of(Hearing h, List<String> warnings) {
        return new HearingJson(h.id(), h.caseId(), h.date().toString(), h.notified() == null ? null : h.notified().toString(),
                h.headAppeared(), h.headName(), h.headPosition(),
                h.headCategory() == null ? null : h.headCategory().name(),
                h.headCategory() == null ? null : h.headCategory().label(), h.spoke(),
                h.absenceReason() == null ? null : h.absenceReason().name(),
                h.absenceReason() == null ? null : h.absenceReason().label(), h.absenceNote(), h.entrustedStaff(),
                h.lawyerOnly(),
                h.version(), warnings);
    }

    /** 负责人类别 by code or label; STAFF is read here and refused by the hearing itself, naming headCategory. */
    static LeaderCategory category(String text) {
        return text == null || text.isBlank() ? null
                : Coded.parse(LeaderCategory.class, text, "headCategory", "负责人类别");
    }

    static AbsenceReason reason(String text) {
        return text == null || text.isBlank() ? null : AbsenceReason.parse(text);
    }

    /** The hearing this input describes; every wrong field is reported at once. */
    Hearing toHearing() {
        FieldErrors errors = new FieldErrors();
        LocalDate d = errors.check(() -> Years.parseDate(date, "date", "开庭日期"));
        LocalDate n = errors.check(() -> notified == null || notified.isBlank() ? null
                : Years.parseDate(notified, "notified", "出庭通知书送达日期"));
        LeaderCategory c = errors.check(() -> category(headCategory));
        AbsenceReason r = errors.check(() -> reason(absenceReason));
        Hearing h = errors.check(() -> new Hearing(null, 0, d, n, Boolean.TRUE.equals(headAppeared), headName,
                headPosition, c, Boolean.TRUE.equals(spoke), r, absenceNote, entrustedStaff, Boolean.TRUE.equals(lawyerOnly),
                0));
        errors.throwIfAny();
        return h;
    }
}
