package org.fazhi.web.court;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.duty.court.CourtCaseService;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.Duplicates;

/** /api/court-hearings/{id}: one hearing, to read, correct (409 on a stale version) or delete. */
@Path("/api/court-hearings")
@Produces(MediaType.APPLICATION_JSON)
public record HearingResource(CourtCaseService cases) {
    static final String WHAT = "开庭记录";

    @GET
    @Path("{id}")
    public HearingJson get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return HearingJson.of(cases.hearing(CurrentUser.of(ctx).actor(), Params.pathId(id, WHAT)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public HearingJson update(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                              @QueryParam("confirmDuplicate") String confirm, HearingJson body) {
        long hearingId = Params.pathId(id, WHAT);
        HearingJson in = Params.requireBody(body);
        return HearingJson.of(cases.updateHearing(CurrentUser.of(ctx).actor(), hearingId, in.toHearing(), in.version(),
                Duplicates.confirmed(confirm)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Crud.deleted(ctx, id, WHAT, cases::deleteHearing);
    }
}
