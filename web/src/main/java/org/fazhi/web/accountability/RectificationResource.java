package org.fazhi.web.accountability;

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
import org.fazhi.duty.rectify.RectificationService;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.web.api.Params;
import org.fazhi.web.api.RecordResource;
import org.fazhi.web.auth.CurrentUser;

/**
 * /api/rectifications: the 整改 ledger, and its steps as POST /{id}/start|rectified|close|reopen
 * (each answers the item as it now stands).
 */
@Path("/api/rectifications")
@Produces(MediaType.APPLICATION_JSON)
public final class RectificationResource extends RecordResource<RectificationJson.Item, RectificationJson.Item> {
    private static final String WHAT = "整改事项";

    private final RectificationService items;

    RectificationResource(RectificationService items) {
        super(WHAT, RectificationJson.Item::id, (actor, id) -> RectificationJson.Item.of(items.find(actor, id)),
                (actor, in) -> RectificationJson.Item.of(items.create(actor, in.toDraft())),
                (actor, id, in) -> RectificationJson.Item.of(items.update(actor, id, in.toDraft(), in.version())), items::delete);
        this.items = items;
    }

    @GET
    public Response list(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                         @QueryParam("year") String year, @QueryParam("status") String status,
                         @QueryParam("q") String q, @QueryParam("limit") String limit,
                         @QueryParam("offset") String offset) {
        var filter = AccountabilityParams.rectificationFilter(orgId, Params.optionalYear(year), status, q);
        var page = items.list(CurrentUser.of(ctx).actor(), filter, Page.parse(limit, offset));
        return Params.list(page.map(RectificationJson.Item::of));
    }

    /** The item's trail, oldest step first. */
    @GET
    @Path("{id}/steps")
    public List<RectificationJson.Trail> steps(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return items.steps(CurrentUser.of(ctx).actor(), Params.pathId(id, WHAT)).stream()
                .map(RectificationJson.Trail::of).toList();
    }

    @POST
    @Path("{id}/start")
    public RectificationJson.Item start(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                        RectificationJson.Step body) {
        return step(ctx, id, body, RectificationStep.START);
    }

    @POST
    @Path("{id}/rectified")
    public RectificationJson.Item rectified(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                            RectificationJson.Step body) {
        return step(ctx, id, body, RectificationStep.RECTIFIED);
    }

    /** 销号. */
    @POST
    @Path("{id}/close")
    public RectificationJson.Item close(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                        RectificationJson.Step body) {
        return step(ctx, id, body, RectificationStep.CLOSE);
    }

    @POST
    @Path("{id}/reopen")
    public RectificationJson.Item reopen(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                         RectificationJson.Step body) {
        return step(ctx, id, body, RectificationStep.REOPEN);
    }

    /** The step's note is its comment, the closing note of a 销号 or the reason of a 退回. */
    private RectificationJson.Item step(ContainerRequestContext ctx, String id, RectificationJson.Step body,
                                        RectificationStep step) {
        RectificationJson.Step s = body == null ? RectificationJson.Step.NONE : body;
        String note = switch (step) {
            case CLOSE -> s.closingNote();
            case REOPEN -> s.reason();
            default -> s.comment();
        };
        return RectificationJson.Item.of(step.take(items, actor(ctx), Params.pathId(id, WHAT), s.version(),
                s.measures(), note));
    }

    private static Actor actor(ContainerRequestContext ctx) {
        return CurrentUser.of(ctx).actor();
    }

    /** GET /api/rectifications/summary?year=&orgId=: the year's figures (this year when none is given). */
    @Path("/api/rectifications/summary")
    @Produces(MediaType.APPLICATION_JSON)
    public record Summary(RectificationService items) {
        @GET
        public RectificationJson.Summary get(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                             @QueryParam("orgId") String orgId) {
            int y = Params.yearOr(year, items.today().getYear());
            return RectificationJson.Summary.of(items.summary(CurrentUser.of(ctx).actor(), y,
                    Params.optionalOrg(orgId)));
        }
    }
}
