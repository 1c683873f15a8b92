package org.fazhi.web.api;

import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.storage.core.UserService;
import org.fazhi.web.auth.CurrentUser;

/** /api/users: accounts, for admins; a user may change their own password. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
public record UserResource(UserService users) {
    public record UserInput(String username, String displayName, String role, Long orgId, Boolean disabled,
                            String password, Integer version) {
        UserAccount toAccount() {
            return new UserAccount(null, username, displayName, Role.parse(role), orgId,
                    disabled != null && disabled, 0);
        }
    }

    public record PasswordInput(String password) {
    }

    @GET
    public List<UserAccount> list(@Context ContainerRequestContext ctx) {
        return users.list(CurrentUser.of(ctx).actor());
    }

    @GET
    @Path("{id}")
    public UserAccount get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return users.get(CurrentUser.of(ctx).actor(), Params.pathId(id, "账号"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context ContainerRequestContext ctx, UserInput body) {
        UserInput in = Params.requireBody(body);
        return Crud.created("/api/users/", users.create(CurrentUser.of(ctx).actor(), in.toAccount(), in.password()), UserAccount::id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserAccount update(@Context ContainerRequestContext ctx, @PathParam("id") String id, UserInput body) {
        long userId = Params.pathId(id, "账号");
        UserInput in = Params.requireBody(body);
        UserAccount current = users.get(CurrentUser.of(ctx).actor(), userId);
        UserAccount changes = new UserAccount(userId, current.username(), in.displayName(), Role.parse(in.role()),
                in.orgId(), in.disabled() != null && in.disabled(), 0);
        return users.update(CurrentUser.of(ctx).actor(), userId, changes, in.version());
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response password(@Context ContainerRequestContext ctx, @PathParam("id") String id, PasswordInput body) {
        users.setPassword(CurrentUser.of(ctx).actor(), Params.pathId(id, "账号"), Params.requireBody(body).password());
        return Response.noContent().build();
    }
}
