package org.fazhi.web.duties;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.duties.DutyChanges;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.account.Actor;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.View;

/**
 * /duties/items/{id}: one duty item — read it, edit its status, reason, note (and due date, for the
 * organiser above the unit) at the version read, and take it through review: the unit submits, the
 * organiser approves or returns it with a comment. Every post redirects back with a confirmation;
 * a refused one shows the page again with the message beside the form that caused it.
 */
@Path("/duties/items/{id: [0-9]+}")
@Produces(MediaType.TEXT_HTML)
public record DutyItemPage(Duties duties, ItemView view) {
    static final String WHAT = "职责事项";

    @GET
    public View show(@Context ContainerRequestContext ctx, @PathParam("id") String id, @QueryParam("msg") String msg) {
        return view.page(CurrentUser.of(ctx), Params.pathId(id, WHAT), DutyViews.FLASH.text(msg));
    }

    @POST
    public Response update(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        long itemId = Params.pathId(id, WHAT);
        return view.submit(user, itemId, FormState.of(params), ItemView.Forms::withEdit, form -> {
            FieldErrors errors = new FieldErrors();
            DutyStatus status = errors.check(() -> DutyStatus.parse(form.get("status")));
            LocalDate due = errors.check(() -> Params.optionalDate(form.get("dueDate"), "dueDate", "截止日期"));
            Integer version = errors.check(() -> version(form.get("version")));
            errors.throwIfAny();
            duties.items().update(user.actor(), itemId, new DutyChanges(status, form.get("naReason"), form.get("note"), due),
                    version);
            return path(itemId) + "?msg=saved";
        });
    }

    @POST
    @Path("submit")
    public Response submit(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           MultivaluedMap<String, String> params) {
        return review(ctx, id, params, "submitted", duties.reviews()::submit);
    }

    @POST
    @Path("approve")
    public Response approve(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                            MultivaluedMap<String, String> params) {
        return review(ctx, id, params, "approved", duties.reviews()::approve);
    }

    @POST
    @Path("return")
    public Response sendBack(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                             MultivaluedMap<String, String> params) {
        return review(ctx, id, params, "returned", duties.reviews()::sendBack);
    }

    /** One review step (submit, approve, return) with the form's comment; a refusal shows the item again. */
    private Response review(ContainerRequestContext ctx, String id, MultivaluedMap<String, String> params, String done,
                            ReviewStep step) {
        CurrentUser user = CurrentUser.of(ctx);
        long itemId = Params.pathId(id, WHAT);
        return view.submit(user, itemId, FormState.of(params), ItemView.Forms::withReview, form -> {
            step.take(user.actor(), itemId, form.get("comment"));
            return path(itemId) + "?msg=" + done + "#review";
        });
    }

    /** A step of {@code duties.reviews()}. */
    @FunctionalInterface
    private interface ReviewStep {
        void take(Actor actor, long itemId, String comment);
    }

    static String path(long itemId) {
        return "/duties/items/" + itemId;
    }

    private static Integer version(String text) {
        return Params.version(text, "版本号无效,请刷新页面后重新填写");
    }
}
