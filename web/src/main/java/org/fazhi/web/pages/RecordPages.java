package org.fazhi.web.pages;

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
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.fazhi.model.account.Actor;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.api.RecordResource;
import org.fazhi.web.auth.CurrentUser;

/**
 * The form routes of a list's simple records, under the {@code @Path} of the subclass, which is the list:
 * POST creates one, GET {id}/edit shows the stored one in the form, POST {id} saves it (its version
 * guards against overwriting someone else's edit) and POST {id}/delete deletes it and goes back to the
 * list with its filters. A saved form goes back to the list with 已保存-style news ({@code msg}); a refused
 * one shows the form again as typed, with each message beside its field ({@link FormSubmission}).
 *
 * @param <T> the stored record
 */
@Produces(MediaType.TEXT_HTML)
public abstract class RecordPages<T> {
    /** Stores a change of one record as the given user. */
    @FunctionalInterface
    public interface Update {
        void apply(Actor actor, long id, FormState form);
    }

    private final String what;
    private final String list;
    private final RecordResource.Find<T> find;
    private final Function<T, FormState> fields;
    private final BiConsumer<Actor, FormState> create;
    private final Update update;
    private final Crud.DeleteById delete;

    /**
     * @param what   the record's Chinese name, for the 404 of an id that is no number
     * @param list   the list's path, where a save or a delete goes back to
     * @param fields the stored record in the form's fields, its version included
     */
    protected RecordPages(String what, String list, RecordResource.Find<T> find, Function<T, FormState> fields,
                          BiConsumer<Actor, FormState> create, Update update, Crud.DeleteById delete) {
        this.what = what;
        this.list = list;
        this.find = find;
        this.fields = fields;
        this.create = create;
        this.update = update;
        this.delete = delete;
    }

    /** The form for a new record ({@code editing} null) or for the stored one. */
    protected abstract View form(CurrentUser user, FormState form, T editing);

    @POST
    public Response create(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        return FormSubmission.submit(params, form -> {
            create.accept(user.actor(), form);
            return list + "?msg=created";
        }, failed -> form(user, failed, null));
    }

    @GET
    @Path("{id}/edit")
    public View editForm(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        CurrentUser user = CurrentUser.writer(ctx);
        T stored = find.apply(user.actor(), Params.pathId(id, what));
        return form(user, fields.apply(stored), stored);
    }

    @POST
    @Path("{id}")
    public Response update(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        long recordId = Params.pathId(id, what);
        T current = find.apply(user.actor(), recordId);
        return FormSubmission.submit(params, form -> {
            update.apply(user.actor(), recordId, form);
            return list + "?msg=saved";
        }, failed -> form(user, failed, current));
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @QueryParam("back") String back) {
        delete.apply(CurrentUser.of(ctx).actor(), Params.pathId(id, what));
        return Redirects.backTo(back, list, "deleted");
    }
}
