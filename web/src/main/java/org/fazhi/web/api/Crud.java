package org.fazhi.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;
import org.fazhi.model.account.Actor;
import org.fazhi.web.auth.CurrentUser;

/**
 * What the JSON resources do alike for one record: read or delete it by the id in the path (for the
 * signed-in user, a 404 naming {@code what} when the id is no number), and answer a create with 201 and
 * the new record's address. The routes stay on each resource class.
 */
public final class Crud {
    private Crud() {
    }

    /** A service's read or delete of one record, as the given user. */
    @FunctionalInterface
    public interface ById<T> {
        T apply(Actor actor, long id);
    }

    /** A service's delete of one record, as the given user. */
    @FunctionalInterface
    public interface DeleteById {
        void apply(Actor actor, long id);
    }

    /** The record the path's {@code id} names, as the signed-in user may see it. */
    public static <T> T read(ContainerRequestContext ctx, String id, String what, ById<T> read) {
        return read.apply(CurrentUser.of(ctx).actor(), Params.pathId(id, what));
    }

    /** Deletes the record the path's {@code id} names; 204. */
    public static Response deleted(ContainerRequestContext ctx, String id, String what, DeleteById delete) {
        delete.apply(CurrentUser.of(ctx).actor(), Params.pathId(id, what));
        return Response.noContent().build();
    }

    /** 201 Created: the new record, at {@code prefix} followed by its id. */
    public static <T> Response created(String prefix, T record, Function<T, ?> id) {
        return Response.created(URI.create(prefix + id.apply(record))).entity(record).build();
    }
}
