package org.fazhi.web.accountability;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.duty.lawreport.LawReportService;
import org.fazhi.model.Page;
import org.fazhi.web.api.Params;
import org.fazhi.web.api.RecordResource;
import org.fazhi.web.auth.CurrentUser;

/** /api/law-reports: 年终述法 records, one per leader and year. */
@Path("/api/law-reports")
@Produces(MediaType.APPLICATION_JSON)
public final class LawReportResource extends RecordResource<LawReportJson.Report, LawReportJson.Report> {
    private final LawReportService reports;

    LawReportResource(LawReportService reports) {
        super("述法记录", LawReportJson.Report::id, (actor, id) -> LawReportJson.Report.of(reports.find(actor, id)),
                (actor, in) -> LawReportJson.Report.of(reports.create(actor, in.toDraft())),
                (actor, id, in) -> LawReportJson.Report.of(reports.update(actor, id, in.toDraft(), in.version())), reports::delete);
        this.reports = reports;
    }

    @GET
    public Response list(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                         @QueryParam("year") String year, @QueryParam("personId") String personId,
                         @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        var filter = AccountabilityParams.lawReportFilter(orgId, Params.optionalYear(year), personId);
        var page = reports.list(CurrentUser.of(ctx).actor(), filter, Page.parse(limit, offset));
        return Params.list(page.map(LawReportJson.Report::of));
    }

    /** GET /api/law-reports/summary?year=&orgId=: the year's figures (this year when none is given). */
    @Path("/api/law-reports/summary")
    @Produces(MediaType.APPLICATION_JSON)
    public record Summary(LawReportService reports, java.time.Clock clock) {
        @GET
        public LawReportJson.Summary get(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                         @QueryParam("orgId") String orgId) {
            int y = Params.yearOr(year, java.time.LocalDate.now(clock).getYear());
            return LawReportJson.Summary.of(reports.summary(CurrentUser.of(ctx).actor(), y,
                    Params.optionalOrg(orgId)));
        }
    }
}
