package org.fazhi.web.court;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.fazhi.duty.court.CourtCaseService;
import org.fazhi.duty.court.HearingSaved;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.Duplicates;

/** /api/court-cases/{id}/hearings: the hearings of one case, in date order, and adding one. */
@Path("/api/court-cases/{id}/hearings")
@Produces(MediaType.APPLICATION_JSON)
public record CaseHearingResource(CourtCaseService cases) {
    @GET
    public List<HearingJson> list(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return cases.hearings(CurrentUser.of(ctx).actor(), Params.pathId(id, CourtCaseResource.WHAT)).stream()
                .map(HearingJson::of).toList();
    }

    /**
     * 201 with the stored hearing and its warnings; STAFF as headCategory is refused (400, field headCategory);
     * a second hearing of the case on the same day is 409 POSSIBLE_DUPLICATE unless ?confirmDuplicate=true.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                        @QueryParam("confirmDuplicate") String confirm, HearingJson body) {
        long caseId = Params.pathId(id, CourtCaseResource.WHAT);
        HearingSaved saved = cases.addHearing(CurrentUser.of(ctx).actor(), caseId, Params.requireBody(body).toHearing(),
                Duplicates.confirmed(confirm));
        return Crud.created("/api/court-hearings/", HearingJson.of(saved), HearingJson::id);
    }
}
