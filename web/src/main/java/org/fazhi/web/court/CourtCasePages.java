package org.fazhi.web.court;

import org.fazhi.web.exchange.ReceivedPages;
import org.fazhi.exchange.Provenance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.court.CaseFilter;
import org.fazhi.duty.court.CaseOutcome;
import org.fazhi.duty.court.CaseRow;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Instance;
import org.fazhi.duty.court.Period;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Pager;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;
import org.fazhi.web.pages.RecordPages;

/**
 * /court-cases: the 出庭应诉 ledger — the case list filtered by unit subtree, year, 审级, outcome and text,
 * with the year's rates for that unit on top; a case's page with its hearings; the case form.
 */
@Path("/court-cases")
@Produces(MediaType.TEXT_HTML)
public final class CourtCasePages extends RecordPages<CourtCase> {
    private final CoreServices core;
    private final DutyTracking duty;
    private final CaseDetail detail;
    private final Clock clock;
    private final Provenance provenance;

    CourtCasePages(CoreServices core, DutyTracking duty, CaseDetail detail, Clock clock, Provenance provenance) {
        super(CourtCaseResource.WHAT, "/court-cases", duty.courtCases()::find, CaseForm::of,
                (actor, form) -> duty.courtCases().create(actor, CaseForm.parse(form)),
                (actor, id, form) -> duty.courtCases().update(actor, id, CaseForm.parse(form), CaseForm.version(form)),
                duty.courtCases()::delete);
        this.core = core;
        this.duty = duty;
        this.detail = detail;
        this.clock = clock;
        this.provenance = provenance;
    }

    public record Row(long id, String caseNo, String instance, String court, long orgId, String orgName, String cause,
                      String filedOn, int hearings, String lastHearing, boolean appeared, boolean heard, String outcome,
                      boolean received) {
        static Row of(CaseRow r, OrgTree tree, java.util.Set<Long> received) {
            CourtCase c = r.courtCase();
            return new Row(c.id(), c.caseNo(), c.instance().label(), c.court(), c.defendantOrgId(),
                    CourtViews.orgName(tree, c.defendantOrgId()), c.cause() == null ? "" : c.cause(),
                    c.filedOn() == null ? "" : c.filedOn().toString(), r.hearings(),
                    r.lastHearing() == null ? "" : r.lastHearing().toString(), r.appeared(), r.hearings() > 0,
                    c.outcome().label(), received.contains(c.defendantOrgId()));
        }
    }

    @GET
    public View list(@Context ContainerRequestContext ctx, @Context UriInfo uri, @QueryParam("orgId") String orgId,
                     @QueryParam("year") String year, @QueryParam("instance") String instance,
                     @QueryParam("outcome") String outcome, @QueryParam("q") String q,
                     @QueryParam("offset") String offset, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        CaseFilter f = CourtParams.caseFilter(orgId, year, instance, outcome, q);
        Page page = Pager.page(offset);
        PageResult<CaseRow> result = duty.courtCases().rows(user.actor(), f, page);
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        String org = CourtViews.text(f.orgId());
        String y = CourtViews.text(f.year());
        // The summary is of the filter's year (this year when none is chosen) and unit.
        Period period = Period.year(f.year() == null ? LocalDate.now(clock).getYear() : f.year());
        AppearanceRates rates = duty.appearance().rates(user.actor(), period, f.orgId());
        java.util.Set<Long> received = result.items().isEmpty() ? java.util.Set.of() : provenance.receivedUnits();
        return PageModel.of(user, "出庭应诉台账", "court")
                .put("tab_cases", true)
                .put("rows", result.items().stream().map(r -> Row.of(r, tree, received)).toList())
                .put("pager", Pager.of(uri, page, result.total()))
                .put("summary", RateSummary.of(rates))
                .put("orgPicker", OrgPicker.filter(tree, org))
                .put("yearOptions", YearChoices.toNextYear(f.year(), clock))
                .put("instanceOptions", Options.of(Instance.class, f.instance() == null ? null : f.instance().name()))
                .put("outcomeOptions", Options.of(CaseOutcome.class, f.outcome() == null ? null : f.outcome().name()))
                .put("q", f.q())
                .put("filtered", f.orgId() != null || f.year() != null || f.instance() != null || f.outcome() != null
                        || f.q() != null)
                .put("exportQuery", QueryString.of("orgId", org, "year", y,
                        "instance", f.instance() == null ? null : f.instance().name(),
                        "outcome", f.outcome() == null ? null : f.outcome().name(), "q", f.q()))
                .put("rankingQuery", QueryString.of("orgId", org, "year", String.valueOf(period.year())))
                .put("newQuery", QueryString.of("orgId", org))
                .put("flash", CourtViews.FLASH.text(msg))
                .put("receivedFrom", ReceivedPages.ofList(provenance, user.actor(), f.orgId()))
                .view("court-cases");
    }

    @GET
    @Path("{id}")
    public View show(@Context ContainerRequestContext ctx, @PathParam("id") String id, @QueryParam("msg") String msg,
                     @QueryParam("hearing") String hearing) {
        Long saved = null;
        try {
            saved = Params.optionalId(hearing, "hearing", "开庭记录");
        } catch (ValidationException ignored) {
            // only a number is ever linked to; anything else shows no warnings
        }
        return detail.view(CurrentUser.of(ctx), Params.pathId(id, CourtCaseResource.WHAT), msg, saved, null);
    }

    // ---- the case form ----

    @GET
    @Path("new")
    public View newForm(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId) {
        CurrentUser user = CurrentUser.writer(ctx);
        return form(user, FormState.empty().value("defendantOrgId", orgId).value("instance", Instance.FIRST.name())
                .value("outcome", CaseOutcome.PENDING.name()), null);
    }

    /** A saved case takes the browser to the case's own page. */
    @Override
    protected String afterSave(CourtCase saved, String msg) {
        return "/court-cases/" + saved.id() + "?msg=" + msg;
    }

    @Override
    protected String unitField() {
        return "defendantOrgId";
    }

    @Override
    protected View form(CurrentUser user, FormState form, CourtCase editing) {
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        return PageModel.of(user, editing == null ? "登记出庭应诉案件" : "修改案件信息", "court")
                .put("tab_cases", true)
                .put("form", form)
                .put("editing", editing)
                .put("orgPicker", OrgPicker.field(tree, form, "defendantOrgId").mustChoose()
                        .writable(provenance.receivedUnits()))
                .put("instanceOptions", Options.of(Instance.class, form.get("instance")))
                .put("outcomeOptions", Options.of(CaseOutcome.class, form.get("outcome")))
                .put("cancelHref", editing == null ? "/court-cases" : "/court-cases/" + editing.id())
                .put("receivedFrom", editing == null ? null
                        : provenance.ofRecord("court_cases", editing.id(), editing.defendantOrgId()).orElse(null))
                .view("court-case-form");
    }
}
