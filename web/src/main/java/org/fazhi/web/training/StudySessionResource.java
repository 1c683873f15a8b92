package org.fazhi.web.training;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.model.Page;
import org.fazhi.training.study.StudySessionService;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.Duplicates;

/** /api/study-sessions: the 学法 ledger. */
@Path("/api/study-sessions")
@Produces(MediaType.APPLICATION_JSON)
public record StudySessionResource(StudySessionService sessions) {
    @GET
    public Response list(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                         @QueryParam("year") String year, @QueryParam("kind") String kind, @QueryParam("q") String q,
                         @QueryParam("unitOnly") String unitOnly,
                         @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        var page = sessions.list(CurrentUser.of(ctx).actor(), TrainingParams.sessionFilter(orgId, year, kind, q, unitOnly),
                Page.parse(limit, offset));
        return Params.list(page.map(s -> SessionJson.of(s, null)));
    }

    @GET
    @Path("{id}")
    public SessionJson get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return SessionJson.of(sessions.get(CurrentUser.of(ctx).actor(), Params.pathId(id, "学法记录")));
    }

    /** 201; a session like a stored one (unit, date, kind, topic) is 409 POSSIBLE_DUPLICATE unless ?confirmDuplicate=true. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context ContainerRequestContext ctx, @QueryParam("confirmDuplicate") String confirm,
                           SessionJson body) {
        SessionJson in = Params.requireBody(body);
        return Crud.created("/api/study-sessions/", SessionJson.of(sessions.create(CurrentUser.of(ctx).actor(),
                in.toSession(), in.toAttendees(), Duplicates.confirmed(confirm))), SessionJson::id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionJson update(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                              @QueryParam("confirmDuplicate") String confirm, SessionJson body) {
        long sessionId = Params.pathId(id, "学法记录");
        SessionJson in = Params.requireBody(body);
        return SessionJson.of(sessions.update(CurrentUser.of(ctx).actor(), sessionId, in.toSession(), in.toAttendees(),
                in.version(), Duplicates.confirmed(confirm)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Crud.deleted(ctx, id, "学法记录", sessions::delete);
    }
}
