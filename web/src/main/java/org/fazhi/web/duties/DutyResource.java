package org.fazhi.web.duties;

import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.duties.DutyChanges;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.Page;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/**
 * /api/duties: the list (year, orgId, personId, code, status incl. OVERDUE, reviewState, q, limit,
 * offset), one item with evidence and reviews, its edits, and the review steps. Ids are numeric, so
 * /api/duties/export (its own resource) is never taken for an item.
 */
@Path("/api/duties")
@Produces(MediaType.APPLICATION_JSON)
public record DutyResource(Duties duties) {
    /** PUT body: what may change, and the version it was read at. */
    public record DutyInput(String status, String naReason, String note, String dueDate, Integer version) {
        DutyChanges toChanges() {
            FieldErrors errors = new FieldErrors();
            DutyStatus s = errors.check(() -> DutyStatus.parse(status));
            LocalDate due = errors.check(() -> Params.optionalDate(dueDate, "dueDate", "截止日期"));
            errors.throwIfAny();
            return new DutyChanges(s, naReason, note, due);
        }
    }

    /** Body of a review step; the comment is required to return an item. */
    public record CommentInput(String comment) {
    }

    @GET
    public Response list(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                         @QueryParam("orgId") String orgId, @QueryParam("personId") String personId,
                         @QueryParam("code") String code, @QueryParam("status") String status,
                         @QueryParam("reviewState") String reviewState, @QueryParam("q") String q,
                         @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        var page = duties.items().list(CurrentUser.of(ctx).actor(),
                DutyParams.filter(orgId, year, personId, code, status, reviewState, q), Page.parse(limit, offset));
        return Params.list(page.map(DutyJson::of));
    }

    @GET
    @Path("{id: [0-9]+}")
    public DutyJson get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return DutyJson.of(duties.items().detail(CurrentUser.of(ctx).actor(), Params.pathId(id, "职责事项")));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DutyJson update(@Context ContainerRequestContext ctx, @PathParam("id") String id, DutyInput body) {
        long itemId = Params.pathId(id, "职责事项");
        DutyInput in = Params.requireBody(body);
        return DutyJson.of(duties.items().update(CurrentUser.of(ctx).actor(), itemId, in.toChanges(), in.version()));
    }

    /** The unit submits the item for review (evidence, or NOT_APPLICABLE with its reason, required). */
    @POST
    @Path("{id: [0-9]+}/submit")
    public DutyJson submit(@Context ContainerRequestContext ctx, @PathParam("id") String id, CommentInput body) {
        return DutyJson.of(duties.reviews().submit(CurrentUser.of(ctx).actor(), Params.pathId(id, "职责事项"), comment(body)));
    }

    @POST
    @Path("{id: [0-9]+}/approve")
    public DutyJson approve(@Context ContainerRequestContext ctx, @PathParam("id") String id, CommentInput body) {
        return DutyJson.of(duties.reviews().approve(CurrentUser.of(ctx).actor(), Params.pathId(id, "职责事项"), comment(body)));
    }

    @POST
    @Path("{id: [0-9]+}/return")
    public DutyJson sendBack(@Context ContainerRequestContext ctx, @PathParam("id") String id, CommentInput body) {
        return DutyJson.of(duties.reviews().sendBack(CurrentUser.of(ctx).actor(), Params.pathId(id, "职责事项"), comment(body)));
    }

    private static String comment(CommentInput body) {
        return body == null ? null : body.comment();
    }
}
