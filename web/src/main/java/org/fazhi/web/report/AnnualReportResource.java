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
public record AnnualReportResource(CoreServices core, AnnualReportService reports) {
    @GET
    public AnnualReportJson.Report get(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                       @QueryParam("orgId") String orgId) {
        Target t = target(ctx, year, orgId);
        return AnnualReportJson.Report.of(reports.read(t.actor(), t.year(), t.orgId()));
    }

    @PUT
    @Path("sections")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnnualReportJson.Report save(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                        @QueryParam("orgId") String orgId, AnnualReportJson.SectionsInput body) {
        AnnualReportJson.SectionsInput in = Params.requireBody(body);
        Target t = target(ctx, year, orgId);
        return AnnualReportJson.Report.of(reports.saveNarratives(t.actor(), t.year(), t.orgId(), in.changes(), in.version()));
    }

    @POST
    @Path("publish")
    public AnnualReportJson.Report publish(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                           @QueryParam("orgId") String orgId, AnnualReportJson.StatusInput body) {
        Target t = target(ctx, year, orgId);
        return AnnualReportJson.Report.of(reports.publish(t.actor(), t.year(), t.orgId(),
                body == null ? null : body.date(), body == null ? null : body.version()));
    }

    @POST
    @Path("withdraw")
    public AnnualReportJson.Report withdraw(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                            @QueryParam("orgId") String orgId, AnnualReportJson.StatusInput body) {
        Target t = target(ctx, year, orgId);
        return AnnualReportJson.Report.of(reports.withdraw(t.actor(), t.year(), t.orgId(),
                body == null ? null : body.version()));
    }

    /** The report a request names: the user, the year (this year when none) and a unit the user may see. */
    private record Target(Actor actor, int year, long orgId) {
    }

    private Target target(ContainerRequestContext ctx, String year, String orgId) {
        Actor actor = CurrentUser.of(ctx).actor();
        int y = ReportParams.year(year, reports.today().getYear());
        return new Target(actor, y, ReportParams.requiredOrgId(orgId, actor, core));
    }
}
