package org.fazhi.web.duties;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.fazhi.duty.duties.DutyProgress;
import org.fazhi.duty.duties.Duties;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/** The progress board: per leader and per unit. Each path is its own root resource. */
public final class DutyProgressResource {
    private DutyProgressResource() {
    }

    static DutyProgress progress(Duties duties, ContainerRequestContext ctx, String year, String orgId) {
        return duties.progress().progress(CurrentUser.of(ctx).actor(),
                Params.yearOr(year, duties.items().today().getYear()), Params.optionalOrg(orgId));
    }

    /** GET /api/duty-progress?year=Y[&orgId=]: one row per leader, who is behind first. */
    @Path("/api/duty-progress")
    @Produces(MediaType.APPLICATION_JSON)
    public record People(Duties duties) {
        @GET
        public List<ProgressJson.PersonRow> get(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                                @QueryParam("orgId") String orgId) {
            return progress(duties, ctx, year, orgId).people().stream().map(ProgressJson.PersonRow::of).toList();
        }
    }

    /** GET /api/duty-progress/units?year=Y[&orgId=]: totals and one row per unit below the chosen one. */
    @Path("/api/duty-progress/units")
    @Produces(MediaType.APPLICATION_JSON)
    public record Units(Duties duties) {
        @GET
        public ProgressJson.Units get(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                      @QueryParam("orgId") String orgId) {
            return ProgressJson.Units.of(progress(duties, ctx, year, orgId));
        }
    }
}
