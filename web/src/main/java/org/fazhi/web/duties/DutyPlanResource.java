package org.fazhi.web.duties;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.duty.duties.DutyPlanService;
import org.fazhi.model.Checks;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/**
 * POST /api/duty-plans {year[, orgId]} → {created}: 201 when items were created, 200 when the plan
 * was complete already (running it twice creates nothing).
 */
@Path("/api/duty-plans")
@Produces(MediaType.APPLICATION_JSON)
public record DutyPlanResource(DutyPlanService plans) {
    public record PlanInput(Integer year, Long orgId) {
    }

    public record Planned(int year, Long orgId, int created) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(@Context ContainerRequestContext ctx, PlanInput body) {
        PlanInput in = Params.requireBody(body);
        int year = Checks.required(in.year(), "year", "年度");
        Checks.optionalId(in.orgId(), "orgId", "单位");
        int created = plans.plan(CurrentUser.of(ctx).actor(), year, in.orgId());
        return Response.status(created > 0 ? 201 : 200).entity(new Planned(year, in.orgId(), created)).build();
    }
}
