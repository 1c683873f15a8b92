package org.fazhi.web.court;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.sheets.CourtSheet;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.time.Years;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;

/**
 * The hearing form (template partial court-hearing-fields): read into a {@link Hearing}, written back
 * from one, and its choices. STAFF is not offered as a head category, since a staff member is no head;
 * a forged post with it is refused by the hearing itself.
 */
final class HearingForm {
    private HearingForm() {
    }

    /** A new hearing's form, dated {@code today}. */
    static FormState empty(LocalDate today) {
        return FormState.empty().value("date", today).value("headAppeared", "true");
    }

    static FormState of(Hearing h) {
        return FormState.empty().value("date", h.date()).value("notified", h.notified())
                .value("headAppeared", String.valueOf(h.headAppeared())).value("headName", h.headName())
                .value("headPosition", h.headPosition())
                .value("headCategory", h.headCategory() == null ? null : h.headCategory().name())
                .value("spoke", h.spoke() ? "true" : null)
                .value("absenceReason", h.absenceReason() == null ? null : h.absenceReason().name())
                .value("absenceNote", h.absenceNote())
                .value("entrustedStaff", h.entrustedStaff()).value("lawyerOnly", h.lawyerOnly() ? "true" : null)
                .value("version", h.version());
    }

    static Hearing parse(FormState f) {
        FieldErrors errors = new FieldErrors();
        LocalDate date = errors.check(() -> Years.parseDate(f.get("date"), "date", "开庭日期"));
        LocalDate notified = errors.check(() -> f.get("notified") == null ? null
                : Years.parseDate(f.get("notified"), "notified", "出庭通知书送达日期"));
        boolean appeared = "true".equals(f.get("headAppeared"));
        // The form keeps both halves filled in while the user switches 是/否; only the chosen half counts.
        LeaderCategory category = appeared ? errors.check(() -> HearingJson.category(f.get("headCategory"))) : null;
        AbsenceReason reason = appeared ? null : errors.check(() -> HearingJson.reason(f.get("absenceReason")));
        Hearing h = errors.check(() -> new Hearing(null, 0, date, notified, appeared,
                appeared ? f.get("headName") : null, appeared ? f.get("headPosition") : null, category,
                appeared && "true".equals(f.get("spoke")), reason, appeared ? null : f.get("absenceNote"),
                f.get("entrustedStaff"),
                !appeared && "true".equals(f.get("lawyerOnly")), 0));
        errors.throwIfAny();
        return h;
    }

    static Integer version(FormState f) {
        return f.version();
    }

    /** Puts the form and its choices into the page under {@code hf…} keys. */
    static PageModel into(PageModel page, FormState f, String action) {
        List<Options.Option> categories = new ArrayList<>();
        for (LeaderCategory c : CourtSheet.headCategories()) {
            categories.add(new Options.Option(c.name(), c.label(), c.name().equals(f.get("headCategory"))));
        }
        return page.put("hf", f).put("hfAction", action).put("duplicatePath", action.replaceFirst("/hearings.*$", "#hearing-"))
                .put("hfAppeared", !"false".equals(f.get("headAppeared")))
                .put("hfSpoke", "true".equals(f.get("spoke")))
                .put("hfLawyer", "true".equals(f.get("lawyerOnly")))
                .put("categoryOptions", categories)
                .put("reasonOptions", Options.of(AbsenceReason.class, f.get("absenceReason")));
    }
}
