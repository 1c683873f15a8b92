package org.fazhi.web.report;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.fazhi.model.account.Actor;
import org.fazhi.report.AnnualReportService;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/**
 * /api/reports/annual?year=&orgId=: the report as JSON; PUT …/sections saves narratives (409 on a stale
 * version); POST …/publish marks it published (公开/报送) and freezes its figures, …/withdraw undoes that.
 */
@Path("/api/reports/annual")
@Produces(MediaType.APPLICATION_JSON)
public final class AnnualReportResource {
    private final CoreServices core;
    private final AnnualReportService reports;

    AnnualReportResource(CoreServices core, AnnualReportService reports) {
        this.core = core;
        this.reports = reports;
    }

    @GET
    public AnnualReportJson.Report get(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                       @QueryParam("orgId") String orgId) {
        Actor actor = CurrentUser.of(ctx).actor();
        return AnnualReportJson.Report.of(reports.read(actor, year(year), ReportParams.requiredOrgId(orgId, actor, core)));
    }

    @PUT
    @Path("sections")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnnualReportJson.Report save(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                        @QueryParam("orgId") String orgId, AnnualReportJson.SectionsInput body) {
        Actor actor = CurrentUser.of(ctx).actor();
        AnnualReportJson.SectionsInput in = Params.requireBody(body);
        return AnnualReportJson.Report.of(reports.saveNarratives(actor, year(year),
                ReportParams.requiredOrgId(orgId, actor, core), in.changes(), in.version()));
    }

    @POST
    @Path("publish")
    public AnnualReportJson.Report publish(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                           @QueryParam("orgId") String orgId, AnnualReportJson.StatusInput body) {
        Actor actor = CurrentUser.of(ctx).actor();
        return AnnualReportJson.Report.of(reports.publish(actor, year(year), ReportParams.requiredOrgId(orgId, actor, core),
                body == null ? null : body.date(), body == null ? null : body.version()));
    }

    @POST
    @Path("withdraw")
    public AnnualReportJson.Report withdraw(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                            @QueryParam("orgId") String orgId, AnnualReportJson.StatusInput body) {
        Actor actor = CurrentUser.of(ctx).actor();
        return AnnualReportJson.Report.of(reports.withdraw(actor, year(year), ReportParams.requiredOrgId(orgId, actor, core),
                body == null ? null : body.version()));
    }

    private int year(String text) {
        return ReportParams.year(text, reports.today().getYear());
    }
}
