package org.fazhi.web.duties;

import org.fazhi.exchange.Provenance;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fazhi.duty.duties.CatalogEntry;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.duties.DutyDetail;
import org.fazhi.duty.duties.DutyAccess;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.duties.DutyReview;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.duty.duties.EvidenceService;
import org.fazhi.duty.duties.ReviewState;
import org.fazhi.model.ValidationException;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.View;
import java.util.function.BiFunction;
import org.fazhi.web.pages.FormSubmission;

/**
 * The page of one duty item: its facts, the edit form, the evidence with the forms to add more, and
 * the review with its trail. Each form keeps its own {@link FormState}, so a refused upload comes
 * back with its message beside the file field and the other forms untouched.
 */
record ItemView(Duties duties, ZoneId zone, Provenance provenance) {
    /** The page as stored now, with fresh forms. */
    View page(CurrentUser user, long itemId, String flash) {
        DutyDetail d = duties.items().detail(user.actor(), itemId);
        LocalDate today = duties.items().today();
        return render(user, d, Forms.fresh(d.item(), today), today, flash);
    }

    /** The page again, as stored now, with the refused form as typed and its message (400, or 409 on a clash). */
    Response refused(CurrentUser user, long itemId, RuntimeException e, UnaryOperator<Forms> replace) {
        DutyDetail d = duties.items().detail(user.actor(), itemId);
        LocalDate today = duties.items().today();
        return Response.status(FormState.status(e))
                .entity(render(user, d, replace.apply(Forms.fresh(d.item(), today)), today, null)).build();
    }

    /** Saves one of the page's forms; a refusal shows the item again with that form as typed and its messages. */
    Response submit(CurrentUser user, long itemId, FormState form, BiFunction<Forms, FormState, Forms> place,
                     FormSubmission.Save save) {
        return FormSubmission.submit(form, save, (failed, e) -> refused(user, itemId, e, f -> place.apply(f, failed)));
    }

    /** The forms of the page; a refused post replaces its own with what was typed and the message. */
    record Forms(FormState edit, FormState upload, FormState link, FormState note, FormState review) {
        static Forms fresh(DutyItem i, LocalDate today) {
            FormState edit = FormState.empty().value("status", i.status().name()).value("naReason", i.naReason())
                    .value("note", i.note()).value("dueDate", i.dueDate()).value("version", i.version());
            return new Forms(edit, dated(today), dated(today), dated(today), FormState.empty());
        }

        private static FormState dated(LocalDate today) {
            return FormState.empty().value("effectiveDate", today);
        }

        Forms withEdit(FormState f) {
            return new Forms(f, upload, link, note, review);
        }

        Forms withUpload(FormState f) {
            return new Forms(edit, f, link, note, review);
        }

        Forms withLink(FormState f) {
            return new Forms(edit, upload, f, note, review);
        }

        Forms withNote(FormState f) {
            return new Forms(edit, upload, link, f, review);
        }

        Forms withReview(FormState f) {
            return new Forms(edit, upload, link, note, f);
        }
    }

    public record TrailRow(String at, String action, String css, String comment, String actor) {
    }

    /**
     * Where the item stands in the catalogue in force for its year, as a reader names it ("职责清单第3项"), not by its
     * code (which stays in the API and the catalogue's publish format); null when that version no longer has it.
     */
    private String catalogPlace(DutyItem i) {
        try {
            List<CatalogEntry> entries = duties.catalog().forYear(i.year()).entries();
            for (int n = 0; n < entries.size(); n++) {
                if (entries.get(n).code().equals(i.code())) {
                    return "职责清单第" + (n + 1) + "项";
                }
            }
        } catch (ValidationException e) {
            // no catalogue for that year: the heading goes without it
        }
        return null;
    }

    private View render(CurrentUser user, DutyDetail d, Forms forms, LocalDate today, String flash) {
        DutyItem i = d.item();
        // A received unit's item (报送) is read-only here: its notice, and none of the forms.
        Provenance.ReceivedFrom receivedFrom = provenance.ofRecord("duty_items", i.id(), i.orgId()).orElse(null);
        boolean writer = user.actor().role().canWrite() && receivedFrom == null;
        boolean oversees = writer && DutyAccess.oversees(user.actor(), i.orgId());
        boolean approved = i.reviewState() == ReviewState.APPROVED;
        boolean open = writer && !approved;
        List<EvidenceRow> evidence = d.evidence().stream().map(e -> EvidenceRow.of(e, zone)).toList();
        List<TrailRow> trail = d.reviews().stream().map(this::trailRow).toList();
        String y = String.valueOf(i.year());
        return PageModel.of(user, i.personName() + " " + i.year() + "年 " + i.title(), "duties")
                .put("tab_items", true)
                .put("tabQuery", QueryString.of("year", y))
                .put("year", i.year())
                .put("item", i)
                .put("statusLabel", i.status().label())
                .put("statusCss", DutyViews.statusCss(i.status()))
                .put("overdue", i.status() == DutyStatus.OVERDUE)
                .put("reviewLabel", i.reviewState().label())
                .put("reviewCss", DutyViews.reviewCss(i.reviewState()))
                .put("frequency", i.frequency().label())
                .put("catalogPlace", catalogPlace(i))
                .put("updatedAt", DutyViews.at(i.updatedAt(), zone))
                .put("listQuery", QueryString.of("year", y, "orgId", String.valueOf(i.orgId())))
                .put("personQuery", QueryString.of("year", y, "personId", String.valueOf(i.personId())))
                .put("evidence", evidence)
                .put("evidenceCount", evidence.size())
                .put("trail", trail)
                .put("canEdit", open)
                .put("canMoveDue", open && oversees)
                .put("canAddEvidence", open)
                .put("canDeleteEvidence", open)
                .put("canSubmit", writer && (i.reviewState() == ReviewState.DRAFT || i.reviewState() == ReviewState.RETURNED))
                .put("canApprove", oversees && i.reviewState() == ReviewState.SUBMITTED)
                .put("canReturn", oversees && (i.reviewState() == ReviewState.SUBMITTED || approved))
                .put("approved", approved)
                .put("awaiting", i.reviewState() == ReviewState.SUBMITTED)
                .put("unitOnly", writer && !oversees)
                .put("statusOptions", statusOptions(i, oversees, forms.edit().get("status")))
                .put("edit", forms.edit())
                .put("upload", forms.upload())
                .put("link", forms.link())
                .put("note", forms.note())
                .put("review", forms.review())
                .put("today", today.toString())
                .put("maxBytes", EvidenceService.MAX_BYTES)
                .put("maxMb", EvidenceService.MAX_BYTES / 1024 / 1024)
                .put("flash", flash)
                .put("receivedFrom", receivedFrom)
                .view("duty-item");
    }

    private TrailRow trailRow(DutyReview r) {
        String css = switch (r.action()) {
            case SUBMIT -> "st-pace";
            case APPROVE -> "st-met";
            case RETURN -> "st-behind";
        };
        return new TrailRow(DutyViews.at(r.at(), zone), r.action().label(), css, r.comment(), r.actor());
    }

    /**
     * The statuses the form offers: 已逾期 only as "unchanged" for an item past its date (the system
     * sets it), 已完成 only to the organiser above the unit (a unit proves it through review).
     */
    private static List<Options.Option> statusOptions(DutyItem i, boolean oversees, String selected) {
        List<Options.Option> out = new ArrayList<>();
        if (i.status() == DutyStatus.OVERDUE) {
            out.add(new Options.Option(DutyStatus.OVERDUE.name(), "已逾期(按截止日期判断,保持“"
                    + i.recordedStatus().label() + "”)", DutyStatus.OVERDUE.name().equals(selected)));
        }
        for (DutyStatus s : List.of(DutyStatus.NOT_STARTED, DutyStatus.IN_PROGRESS, DutyStatus.DONE, DutyStatus.NOT_APPLICABLE)) {
            if (s == DutyStatus.DONE && !oversees && i.recordedStatus() != DutyStatus.DONE) {
                continue;
            }
            out.add(new Options.Option(s.name(), s.label(), s.name().equals(selected)));
        }
        return out;
    }
}
