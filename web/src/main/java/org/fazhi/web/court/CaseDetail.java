package org.fazhi.web.court;

import org.fazhi.exchange.Provenance;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.court.CaseRow;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.CourtCaseService;
import org.fazhi.duty.court.Hearing;
import org.fazhi.model.org.OrgTree;
import org.fazhi.reconsideration.cases.CaseService;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.View;

/**
 * The page of one case (template court-case): its details, its hearings with their warnings, and the
 * form to add a hearing. Shown after a save (with the saved hearing's warnings on top) and again, filled
 * in, when an added hearing is refused.
 *
 * @param reconsiderations the 行政复议 ledger, whose cases a lawsuit followed are shown with the case
 */
record CaseDetail(CoreServices core, CourtCaseService cases, Clock clock, CaseService reconsiderations,
                  Provenance provenance) {

    /** A 行政复议 case the lawsuit followed, as a link. */
    public record Reconsideration(long id, String caseNo, String decision) {
    }

    /** One line of the hearing table. */
    public record HearingRow(long id, String date, String notified, boolean appeared, String headName, String headPosition,
                             String category, String spoke, String reason, boolean reasonValid, String note,
                             String staff, boolean lawyerOnly, List<String> warnings) {
        static HearingRow of(Hearing h) {
            return new HearingRow(h.id(), h.date().toString(), h.notified() == null ? "" : h.notified().toString(),
                    h.headAppeared(), h.headName(), h.headPosition(), h.headCategory() == null ? "" : h.headCategory().label(),
                    h.headAppeared() ? (h.spoke() ? "是" : "否") : "", h.absenceReason() == null ? "" : h.absenceReason().label(),
                    h.absenceReason() == null || h.absenceReason().valid(), h.absenceNote(), h.entrustedStaff(),
                    h.lawyerOnly(), h.warnings());
        }
    }

    /**
     * @param savedHearing the hearing just saved, whose warnings go on top; null otherwise
     * @param hearingForm  the add form as typed (after a refusal), or null for an empty one
     */
    View view(CurrentUser user, long caseId, String msg, Long savedHearing, FormState hearingForm) {
        CaseRow row = cases.row(user.actor(), caseId);
        CourtCase c = row.courtCase();
        List<Hearing> hearings = cases.hearings(user.actor(), caseId);
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        List<String> savedWarnings = savedHearing == null ? List.of() : hearings.stream()
                .filter(h -> h.id().equals(savedHearing)).findFirst().map(Hearing::warnings).orElse(List.of());
        FormState form = hearingForm == null ? HearingForm.empty(LocalDate.now(clock)) : hearingForm;
        PageModel page = PageModel.of(user, c.caseNo() + " " + c.instance().label(), "court")
                .put("tab_cases", true)
                .put("c", c)
                .put("instance", c.instance().label())
                .put("outcome", c.outcome().label())
                .put("orgName", CourtViews.orgName(tree, c.defendantOrgId()))
                .put("filedOn", c.filedOn() == null ? "" : c.filedOn().toString())
                .put("hearings", hearings.stream().map(HearingRow::of).toList())
                .put("reconsiderations", reconsiderations.ofCourtCase(user.actor(), caseId).stream()
                        .map(r -> new Reconsideration(r.id(), r.caseNo(), r.decision() == null ? "不予受理" : r.decision().label()))
                        .toList())
                .put("appeared", row.appeared())
                .put("heard", row.hearings() > 0)
                .put("flash", CourtViews.FLASH.text(msg))
                .put("savedWarnings", savedWarnings)
                .put("hasSavedWarnings", !savedWarnings.isEmpty())
                .put("listQuery", QueryString.of("orgId", String.valueOf(c.defendantOrgId())))
                .put("hfFailed", hearingForm != null && hearingForm.isFailed())
                .put("receivedFrom", receivedFrom(c));
        return HearingForm.into(page, form, "/court-cases/" + caseId + "/hearings").view("court-case");
    }

    /** Where a received unit's case came from (报送), with its hearings read-only here; null for a case of this instance's own. */
    Provenance.ReceivedFrom receivedFrom(CourtCase c) {
        return provenance.ofRecord("court_cases", c.id(), c.defendantOrgId()).orElse(null);
    }
}
