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
import java.util.function.BiFunction;
import java.util.function.Function;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.ReceivedUnitException;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.api.RecordResource;
import org.fazhi.web.auth.CurrentUser;

/**
 * The form routes of a list's simple records, under the {@code @Path} of the subclass, which is the list:
 * POST creates one, GET {id}/edit shows the stored one in the form, POST {id} saves it (its version
 * guards against overwriting someone else's edit) and POST {id}/delete deletes it and goes back to the
 * list with its filters. A saved form goes back to the list with 已保存-style news ({@code msg}); a refused
 * one shows the form again as typed, with each message beside its field ({@link FormSubmission}). A page
 * that goes elsewhere after a save or a delete (the record's own page, the list of its year) says so by
 * overriding {@link #afterSave} and {@link #afterDelete}.
 *
 * @param <T> the stored record
 */
@Produces(MediaType.TEXT_HTML)
public abstract class RecordPages<T> {
    /** Stores a change of one record as the given user and answers the record as stored. */
    @FunctionalInterface
    public interface Update<T> {
        T apply(Actor actor, long id, FormState form);
    }

    private final String what;
    private final String list;
    private final RecordResource.Find<T> find;
    private final Function<T, FormState> fields;
    private final BiFunction<Actor, FormState, T> create;
    private final Update<T> update;
    private final Crud.DeleteById delete;

    /**
     * @param what   the record's Chinese name, for the 404 of an id that is no number
     * @param list   the list's path, where a save or a delete goes back to
     * @param fields the stored record in the form's fields, its version included
     */
    protected RecordPages(String what, String list, RecordResource.Find<T> find, Function<T, FormState> fields,
                          BiFunction<Actor, FormState, T> create, Update<T> update, Crud.DeleteById delete) {
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

    /** Where a saved record takes the browser, with {@code msg} (created, saved): by default the list. */
    protected String afterSave(T saved, String msg) {
        return list + "?msg=" + msg;
    }

    /**
     * Where a deleted record takes the browser when {@code back} is not the list: by default the plain list.
     * Asked before the delete, so an override may read the record.
     */
    protected String afterDelete(Actor actor, long id) {
        return list;
    }

    /** The answer when the record may not be deleted yet: by default the 409 error page. */
    protected Response deleteRefused(CurrentUser user, long id, ConflictException e) {
        throw e;
    }

    /**
     * The form's field naming the record's unit, where a refusal for a unit received by 报送 is shown; null (the
     * default) shows it above the form.
     */
    protected String unitField() {
        return null;
    }

    @POST
    public Response create(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        FormState form = FormState.of(params);
        try {
            return FormSubmission.submit(form, typed -> {
                return afterSave(create.apply(user.actor(), typed), "created");
            }, failed -> form(user, failed, null));
        } catch (ReceivedUnitException e) {
            // A unit received by 报送 is read-only here: still 403, but the form comes back as typed, the refusal at
            // the unit field, so nothing typed is lost and another unit can be chosen.
            RuntimeException shown = unitField() == null ? e : new ValidationException(unitField(), e.getMessage());
            return Response.status(Response.Status.FORBIDDEN).entity(form(user, form.fail(shown), null)).build();
        }
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
            return afterSave(update.apply(user.actor(), recordId, form), "saved");
        }, failed -> form(user, failed, current));
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @QueryParam("back") String back) {
        CurrentUser user = CurrentUser.of(ctx);
        long recordId = Params.pathId(id, what);
        String otherwise = afterDelete(user.actor(), recordId);
        try {
            delete.apply(user.actor(), recordId);
        } catch (ConflictException e) {
            return deleteRefused(user, recordId, e);
        }
        return Redirects.backTo(back, list, otherwise, "deleted");
    }
}
