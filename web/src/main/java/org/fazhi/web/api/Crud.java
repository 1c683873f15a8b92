package org.fazhi.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;
import org.fazhi.model.account.Actor;
import org.fazhi.web.auth.CurrentUser;

/**
 * What the JSON resources do alike for one record: delete it by the id in the path (for the signed-in
 * user, a 404 naming {@code what} when the id is no number), and answer a create with 201 and the new
 * record's address. The routes stay on each resource class.
 */
public final class Crud {
    private Crud() {
    }

    /** A service's delete of one record, as the given user. */
    @FunctionalInterface
    public interface DeleteById {
        void apply(Actor actor, long id);
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
