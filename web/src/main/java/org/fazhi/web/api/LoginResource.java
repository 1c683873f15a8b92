package org.fazhi.web.api;

import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.fazhi.model.account.UserAccount;
import org.fazhi.storage.core.Session;
import org.fazhi.web.auth.Authenticator;
import org.fazhi.web.auth.CurrentUser;

/**
 * POST /api/login gives scripts a bearer token; /api/logout revokes it; /api/me says who is signed in;
 * PUT /api/me/password changes the signed-in user's own password.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class LoginResource {
    private final Authenticator auth;

    @Context
    private Provider<Request> jettyRequest;

    public LoginResource(Authenticator auth) {
        this.auth = auth;
    }

    public record Credentials(String username, String password) {
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> login(Credentials body) {
        Params.requireBody(body);
        Authenticator.SignedIn s = auth.signIn(body.username(), body.password(), ClientAddress.of(jettyRequest), Session.API);
        return Map.of("token", s.session().token(), "user", s.user());
    }

    @POST
    @Path("logout")
    public Response logout(@Context ContainerRequestContext ctx) {
        auth.signOut(CurrentUser.of(ctx));
        return Response.noContent().build();
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @GET
    @Path("me")
    public UserAccount me(@Context ContainerRequestContext ctx) {
        return CurrentUser.of(ctx).account();
    }

    /** 204; the token used here stays valid, the account's other sessions and tokens end. */
    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@Context ContainerRequestContext ctx, PasswordChange body) {
        PasswordChange in = Params.requireBody(body);
        auth.changeOwnPassword(CurrentUser.of(ctx), in.currentPassword(), in.newPassword(), null, ClientAddress.of(jettyRequest));
        return Response.noContent().build();
    }
}
