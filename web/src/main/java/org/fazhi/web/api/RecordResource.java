package org.fazhi.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.fazhi.model.account.Actor;
import org.fazhi.web.auth.CurrentUser;

/**
 * The JSON routes one record of a list answers alike, under the {@code @Path} of the subclass:
 * GET {id}; POST, 201 with the new record and its address; PUT {id}, where the body's {@code version}
 * guards against overwriting someone else's edit; DELETE {id}, 204. An id that is no number is a 404
 * naming the record, a missing body a 400. The subclass gives the service's calls and adds its list and
 * its other routes.
 *
 * @param <R> the record as the API answers it
 * @param <I> what a client sends to create or change one
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class RecordResource<R, I> {
    /** Reads one record as the given user. */
    @FunctionalInterface
    public interface Find<R> {
        R apply(Actor actor, long id);
    }

    /** Changes one record as the given user; answers it as stored. */
    @FunctionalInterface
    public interface Update<R, I> {
        R apply(Actor actor, long id, I input);
    }

    private final String what;
    private final String prefix;
    private final Function<R, ?> id;
    private final Find<R> find;
    private final BiFunction<Actor, I, R> create;
    private final Update<R, I> update;
    private final Crud.DeleteById delete;

    /** @param what the record's Chinese name, for the 404 of an id that is no number */
    protected RecordResource(String what, Function<R, ?> id, Find<R> find, BiFunction<Actor, I, R> create,
                             Update<R, I> update, Crud.DeleteById delete) {
        this.what = what;
        this.prefix = getClass().getAnnotation(Path.class).value() + "/";
        this.id = id;
        this.find = find;
        this.create = create;
        this.update = update;
        this.delete = delete;
    }

    @GET
    @Path("{id}")
    public R get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return find.apply(CurrentUser.of(ctx).actor(), Params.pathId(id, what));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context ContainerRequestContext ctx, I body) {
        return Crud.created(prefix, create.apply(CurrentUser.of(ctx).actor(), Params.requireBody(body)), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public R update(@Context ContainerRequestContext ctx, @PathParam("id") String id, I body) {
        long recordId = Params.pathId(id, what);
        I in = Params.requireBody(body);
        return update.apply(CurrentUser.of(ctx).actor(), recordId, in);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Crud.deleted(ctx, id, what, delete);
    }
}
