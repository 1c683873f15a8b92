package org.fazhi.web.accountability;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationFilter;
import org.fazhi.duty.rectify.RectificationService;
import org.fazhi.duty.rectify.RectificationStatus;
import org.fazhi.duty.rectify.RectificationSummary;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.Scope;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.Display;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Pager;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.RecordPages;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;
import org.fazhi.web.pages.FormSubmission;
import org.fazhi.exchange.Provenance;
import org.fazhi.web.exchange.ReceivedPages;

/**
 * /rectifications: the 整改 ledger with the year's figures on top and overdue items marked, the
 * item's page with its trail and the buttons for its next steps (one form, one comment field, a
 * button per step, so it works without scripts), and the form to record or edit an item.
 */
@Path("/rectifications")
@Produces(MediaType.TEXT_HTML)
public final class RectificationPages extends RecordPages<Rectification> {
    private static final String BASE = "/rectifications";
    private static final String WHAT = "整改事项";

    private final CoreServices core;
    private final RectificationService items;
    private final ZoneId zone;
    private final Provenance provenance;

    RectificationPages(CoreServices core, RectificationService items, Provenance provenance) {
        super(WHAT, BASE, items::find, RectificationPages::fields, (actor, form) -> items.create(actor, fromForm(form)),
                (actor, id, form) -> items.update(actor, id, fromForm(form), form.version()), items::delete);
        this.core = core;
        this.items = items;
        this.zone = core.audit().zone();
        this.provenance = provenance;
    }

    /** @param received of a unit received by 报送: read-only here, tagged so */
    public record Row(long id, String orgName, String problem, String source, String foundOn, String deadline,
                      String responsible, String status, String statusCss, boolean overdue, boolean received) {
    }

    public record TrailRow(String at, String action, String from, String to, String comment, String actor) {
    }

    /** The steps the item may take now, as buttons of the step form. */
    public record Steps(boolean start, boolean rectified, boolean close, boolean reopen, boolean measures) {
        /** @param oversees whether the user may 销号 this unit's items (Scope.oversees); the service decides again */
        static Steps of(RectificationStatus s, boolean oversees) {
            boolean working = s == RectificationStatus.OPEN || s == RectificationStatus.IN_PROGRESS;
            return new Steps(s == RectificationStatus.OPEN, working, s == RectificationStatus.RECTIFIED && oversees,
                    s == RectificationStatus.RECTIFIED, working);
        }

        public boolean any() {
            return start || rectified || close || reopen;
        }
    }

    // ---- the list ----

    @GET
    public View list(@Context ContainerRequestContext ctx, @Context UriInfo uri, @QueryParam("orgId") String orgId,
                     @QueryParam("year") String year, @QueryParam("status") String status, @QueryParam("q") String q,
                     @QueryParam("offset") String offset, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        Actor actor = user.actor();
        int thisYear = items.today().getYear();
        int y = Params.yearOr(year, thisYear);
        RectificationFilter filter = AccountabilityParams.rectificationFilter(orgId, y, status, q);
        Page page = Pager.page(offset);
        PageResult<Rectification> rows = items.list(actor, filter, page);
        RectificationSummary s = items.summary(actor, y, filter.orgId());
        OrgTree tree = core.visibleOrgs().tree(actor);
        String orgText = filter.orgId() == null ? null : String.valueOf(filter.orgId());
        String statusCode = filter.overdueOnly() ? RectificationFilter.OVERDUE
                : filter.status() == null ? null : filter.status().name();
        java.util.Set<Long> received = ReceivedPages.ofRows(provenance, !rows.items().isEmpty());
        return PageModel.of(user, "整改台账", "duties")
                .put("rows", rows.items().stream().map(r -> row(r, received.contains(r.orgId()))).toList())
                .put("pager", Pager.of(uri, page, rows.total()))
                .put("year", y)
                .put("summary", s)
                .put("closedRate", Percent.of(s.closed(), s.total()).text())
                .put("q", filter.q())
                .put("orgPicker", OrgPicker.filter(tree, orgText))
                .put("yearOptions", YearChoices.toNextYear(y, thisYear))
                .put("statusOptions", AccountabilityViews.statusOptions(statusCode))
                .put("exportQuery", QueryString.of("orgId", orgText, "year", String.valueOf(y),
                        "status", statusCode, "q", filter.q()))
                .put("overdueQuery", QueryString.of("orgId", orgText, "year", String.valueOf(y),
                        "status", RectificationFilter.OVERDUE))
                .put("newQuery", QueryString.of("orgId", orgText))
                .put("flash", AccountabilityViews.FLASH.text(msg))
                // The 第一责任人 tabs (duty-tabs.mustache) carry the unit and year across.
                .put("tabQuery", QueryString.of("year", String.valueOf(y), "orgId", orgText))
                .put("tab_rectifications", true)
                .put("receivedFrom", ReceivedPages.ofList(provenance, actor, filter.orgId()))
                .view("rectifications");
    }

    private static Row row(Rectification r, boolean received) {
        return new Row(r.id(), r.orgName(), AccountabilityViews.shortProblem(r), r.source() == null ? "" : r.source(),
                r.foundOn().toString(), r.deadline().toString(), r.responsible() == null ? "" : r.responsible(),
                r.status().label(), AccountabilityViews.statusCss(r.status()), r.overdue(), received);
    }

    // ---- one item and its steps ----

    @GET
    @Path("{id}")
    public View item(@Context ContainerRequestContext ctx, @PathParam("id") String id, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        Rectification r = items.find(user.actor(), Params.pathId(id, WHAT));
        FormState step = FormState.empty().value("measures", r.measures());
        return itemView(user, r, step, AccountabilityViews.FLASH.text(msg));
    }

    @POST
    @Path("{id}/start")
    public Response start(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                          MultivaluedMap<String, String> params) {
        return step(ctx, id, params, RectificationStep.START);
    }

    @POST
    @Path("{id}/rectified")
    public Response rectified(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                              MultivaluedMap<String, String> params) {
        return step(ctx, id, params, RectificationStep.RECTIFIED);
    }

    /** 销号. */
    @POST
    @Path("{id}/close")
    public Response close(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                          MultivaluedMap<String, String> params) {
        return step(ctx, id, params, RectificationStep.CLOSE);
    }

    @POST
    @Path("{id}/reopen")
    public Response reopen(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           MultivaluedMap<String, String> params) {
        return step(ctx, id, params, RectificationStep.REOPEN);
    }

    private Response step(ContainerRequestContext ctx, String id, MultivaluedMap<String, String> params,
                          RectificationStep step) {
        CurrentUser user = CurrentUser.of(ctx);
        long itemId = Params.pathId(id, WHAT);
        Rectification current = items.find(user.actor(), itemId);
        FormState form = FormState.of(params);
        return FormSubmission.attempt(() -> {
            step.take(items, user.actor(), itemId, form.version(), form.get("measures"), form.get("comment"));
            return Redirects.to(BASE + "/" + itemId + "?msg=" + step.code());
        }, e -> FormSubmission.refused(e, e instanceof ValidationException v
                // The page has one comment field: the closing note and the reason are typed there.
                ? itemView(user, current, form.fail("closingNote".equals(v.field()) || "reason".equals(v.field())
                        ? new ValidationException("comment", v.getMessage()) : v), null)
                : itemView(user, items.find(user.actor(), itemId), form.fail(e), null)));
    }

    private View itemView(CurrentUser user, Rectification r, FormState step, String flash) {
        List<TrailRow> trail = items.steps(user.actor(), r.id()).stream().map(s -> new TrailRow(
                Display.minute(s.at(), zone), s.action().label(), s.fromStatus().label(),
                s.toStatus().label(), s.comment() == null ? "" : s.comment(), s.actor())).toList();
        Steps steps = Steps.of(r.status(), Scope.oversees(user.actor(), r.orgId()));
        return PageModel.of(user, "整改事项", "duties")
                .put("r", r)
                .put("status", r.status().label())
                .put("statusCss", AccountabilityViews.statusCss(r.status()))
                .put("closed", r.status() == RectificationStatus.CLOSED)
                .put("deletable", user.actor().isAdmin() || r.status() == RectificationStatus.OPEN)
                .put("trail", trail)
                .put("steps", steps)
                .put("showSteps", steps.any())
                .put("step", step)
                .put("listQuery", QueryString.of("year", String.valueOf(r.foundOn().getYear())))
                .put("flash", flash)
                .put("receivedFrom", provenance.ofRecord("rectifications", r.id(), r.orgId()).orElse(null))
                .view("rectification");
    }

    // ---- the form ----

    @GET
    @Path("new")
    public View newForm(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId) {
        CurrentUser user = CurrentUser.writer(ctx);
        LocalDate today = items.today();
        FormState form = FormState.empty().value("orgId", orgId).value("foundOn", today)
                .value("deadline", today.plusMonths(1));
        return form(user, form, null);
    }

    private static FormState fields(Rectification r) {
        return FormState.empty().value("orgId", r.orgId()).value("problem", r.problem())
                .value("source", r.source()).value("foundOn", r.foundOn()).value("deadline", r.deadline())
                .value("measures", r.measures()).value("responsible", r.responsible()).value("version", r.version());
    }

    /** To the item's own page. */
    @Override
    protected String afterSave(Rectification saved, String msg) {
        return BASE + "/" + saved.id() + "?msg=" + msg;
    }

    /** To the list of the year the item was found in. */
    @Override
    protected String afterDelete(Actor actor, long id) {
        return BASE + "?" + QueryString.of("year", String.valueOf(items.find(actor, id).foundOn().getYear()));
    }

    @Override
    protected String unitField() {
        return "orgId";
    }

    @Override
    protected View form(CurrentUser user, FormState form, Rectification editing) {
        return PageModel.form(user, "登记整改事项", "修改整改事项", "duties", form, editing)
                .put("orgPicker", OrgPicker.field(core, user.actor(), form, "orgId").mustChoose()
                        .writable(provenance.receivedUnits()))
                .put("receivedFrom", editing == null ? null
                        : provenance.ofRecord("rectifications", editing.id(), editing.orgId()).orElse(null))
                .view("rectification-form");
    }

    private static Rectification fromForm(FormState f) {
        FieldErrors errors = new FieldErrors();
        Long orgId = errors.check(() -> Params.optionalId(f.get("orgId"), "orgId", "整改单位"));
        Rectification r = errors.check(() -> RectificationJson.draft(orgId, f.get("problem"), f.get("source"),
                f.get("foundOn"), f.get("deadline"), f.get("measures"), f.get("responsible"), null));
        errors.throwIfAny();
        return r;
    }
}
