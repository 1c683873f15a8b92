package org.fazhi.web.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.Map;
import org.fazhi.model.ConflictException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgTree;
import org.fazhi.model.time.Years;
import org.fazhi.report.AnnualReport;
import org.fazhi.exchange.Provenance;
import org.fazhi.report.AnnualReportService;
import org.fazhi.report.ReportPart;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.exchange.Unreported;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;
import org.fazhi.web.pages.FormSubmission;

/**
 * /reports/annual: the report laid out for A4 paper (print it, or download the .docx), with the unit and
 * year pickers and the publish button; /reports/annual/edit: a text box per part beside the sentences
 * generated for it. Saving never touches the generated sentences, and regenerating never touches the text.
 */
@Path("/reports/annual")
@Produces(MediaType.TEXT_HTML)
public record AnnualReportPages(CoreServices core, AnnualReportService reports, Provenance provenance) {
    private static final String BASE = "/reports/annual";

    @GET
    public View show(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                     @QueryParam("orgId") String orgId, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        int y = year(year);
        Long org = ReportParams.orgId(orgId, user.actor(), core);
        if (org == null) {
            return base(user, "年度报告", y, null).put("noOrgs", true).view("report-annual");
        }
        return reportPage(user, reports.read(user.actor(), y, org), ReportViews.FLASH.text(msg), null);
    }

    @GET
    @Path("edit")
    public View edit(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                     @QueryParam("orgId") String orgId, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.writer(ctx);
        AnnualReport r = reports.read(user.actor(), year(year), ReportParams.requiredOrgId(orgId, user.actor(), core));
        FormState form = FormState.empty().value("version", r.version());
        r.parts().forEach(p -> form.value(p.part().key(), p.narrative()));
        return editPage(user, r, form, null, ReportViews.FLASH.text(msg));
    }

    @POST
    @Path("edit")
    public Response save(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                         @QueryParam("orgId") String orgId, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        Actor actor = user.actor();
        int y = year(year);
        long org = ReportParams.requiredOrgId(orgId, actor, core);
        FormState form = FormState.of(params);
        Map<ReportPart, String> texts = new EnumMap<>(ReportPart.class);
        for (ReportPart p : ReportPart.values()) {
            // The raw text (FormState.get would strip the indentation people type); a part the form
            // did not send keeps its text rather than being cleared.
            if (params.containsKey(p.key())) {
                texts.put(p, params.getFirst(p.key()));
            }
        }
        return FormSubmission.submit(form, typed -> {
            reports.saveNarratives(actor, y, org, texts, version(typed.get("version")));
            return BASE + "/edit?" + ReportParams.query(y, org) + "&msg=saved";
        }, (failed, e) -> {
            // On a clash keep what was typed; offer the newer text beside it, and the newer version so a
            // second save is a deliberate choice to replace it.
            AnnualReport current = reports.read(actor, y, org);
            boolean stale = e instanceof ConflictException c && "version".equals(c.field());
            if (stale) {
                failed.value("version", current.version());
            }
            return FormSubmission.refused(e, editPage(user, current, failed, stale ? current : null, null));
        });
    }

    @POST
    @Path("publish")
    public Response publish(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                            @QueryParam("orgId") String orgId, MultivaluedMap<String, String> params) {
        return step(ctx, year, orgId, params, true);
    }

    @POST
    @Path("withdraw")
    public Response withdraw(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                             @QueryParam("orgId") String orgId, MultivaluedMap<String, String> params) {
        return step(ctx, year, orgId, params, false);
    }

    private Response step(ContainerRequestContext ctx, String year, String orgId, MultivaluedMap<String, String> params,
                          boolean publish) {
        CurrentUser user = CurrentUser.of(ctx);
        Actor actor = user.actor();
        int y = year(year);
        long org = ReportParams.requiredOrgId(orgId, actor, core);
        return FormSubmission.submit(params, form -> {
            Integer version = version(form.get("version"));
            if (publish) {
                String on = form.get("publishedOn");
                reports.publish(actor, y, org, on == null ? null : Years.parseDate(on, "publishedOn", "公开日期"), version);
            } else {
                reports.withdraw(actor, y, org, version);
            }
            return BASE + "?" + ReportParams.query(y, org) + "&msg=" + (publish ? "published" : "withdrawn");
        }, failed -> reportPage(user, reports.read(actor, y, org), null, failed));
    }

    // ---- views ----

    private View reportPage(CurrentUser user, AnnualReport r, String flash, FormState step) {
        FormState publishForm = step != null ? step
                : FormState.empty().value("publishedOn", reports.today()).value("version", r.version());
        return base(user, r.title(), r.year(), r.org().id())
                .put("report", r)
                .put("hasReport", true)
                .put("parts", ReportViews.parts(r))
                .put("status", ReportViews.status(r, reports.today()))
                .put("step", publishForm)
                // A year's report is published once the year is over (the service refuses an earlier date).
                .put("publishable", r.year() < reports.today().getYear())
                .put("publishFrom", java.time.LocalDate.of(r.year() + 1, 1, 1).toString())
                .put("publishTo", reports.today().toString())
                .put("flash", flash)
                .put("query", ReportParams.query(r.year(), r.org().id()))
                .view("report-annual");
    }

    private View editPage(CurrentUser user, AnnualReport r, FormState form, AnnualReport newer, String flash) {
        return base(user, "编辑 " + r.title(), r.year(), r.org().id())
                .put("report", r)
                .put("parts", ReportViews.editParts(r, form, newer))
                .put("status", ReportViews.status(r, reports.today()))
                .put("form", form)
                .put("conflict", newer != null)
                .put("flash", flash)
                .put("query", ReportParams.query(r.year(), r.org().id()))
                .view("report-edit");
    }

    private PageModel base(CurrentUser user, String title, int year, Long orgId) {
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        return PageModel.of(user, title, "report")
                // A unit received in 报送 packages: its report is read-only here (the service refuses changes).
                .put("receivedFrom", orgId == null ? null : provenance.ofUnit(orgId).orElse(null))
                .put("unreported", Unreported.of(provenance, core, user.actor(), orgId, year))
                .put("unreportedLast", year > Years.MIN ? Unreported.of(provenance, core, user.actor(), orgId, year - 1) : null)
                .put("year", year)
                .put("orgPicker", OrgPicker.of(tree, "orgId", orgId == null ? null : String.valueOf(orgId)))
                .put("yearOptions", YearChoices.reportYears(year, reports.today().getYear()));
    }

    private int year(String text) {
        return ReportParams.year(text, reports.today().getYear());
    }

    private static Integer version(String text) {
        return Params.version(text, "版本号必须是整数,请刷新页面后重试");
    }
}
