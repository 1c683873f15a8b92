package org.fazhi.web.court;

import java.time.Clock;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.fazhi.duty.court.AppearanceService;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/** GET /api/court-appearance?year=Y[&orgId=][&quarter=1-4 | &month=1-12]: the rates, the ranking and the 约谈 list. */
@Path("/api/court-appearance")
@Produces(MediaType.APPLICATION_JSON)
public record AppearanceResource(AppearanceService appearance, Clock clock) {
    /** Without {@code year}, this year. */
    @GET
    public AppearanceJson rates(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                @QueryParam("quarter") String quarter, @QueryParam("month") String month,
                                @QueryParam("orgId") String orgId) {
        return AppearanceJson.of(appearance.rates(CurrentUser.of(ctx).actor(), CourtParams.period(year, quarter, month, clock),
                Params.optionalOrg(orgId)));
    }
}
