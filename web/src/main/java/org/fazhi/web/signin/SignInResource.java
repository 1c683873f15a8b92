package org.fazhi.web.signin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import org.fazhi.training.signin.SignInService;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/** /api/study-sessions/{id}/sign-in: open QR sign-in, see who signed in, close it. */
@Path("/api/study-sessions/{id}/sign-in")
@Produces(MediaType.APPLICATION_JSON)
public record SignInResource(SignInService signIn, SignInLinks links, Clock clock) {
    /** 201 {url, urls, note, path, expiresAt}; opened again, the old address stops working. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@Context ContainerRequestContext ctx, @Context UriInfo uri, @PathParam("id") String id,
                         SignInJson.Open body) {
        long sessionId = Params.pathId(id, "学法记录");
        SignInJson.Open in = Params.requireBody(body);
        SignInService.Opened o = signIn.open(CurrentUser.of(ctx).actor(), sessionId, in.minutes(),
                SignInService.parseLateAfter(in.lateAfter()));
        links.remember(o);
        String path = PhoneSignInPages.path(o.token());
        PhoneAddress phone = PhoneAddress.of(uri.getBaseUri(), path);
        return Response.created(URI.create("/api/study-sessions/" + sessionId + "/sign-in"))
                .entity(new SignInJson.Opened(phone.url(), phone.urls(), phone.note(), path, o.expiresAt().toString()))
                .build();
    }

    @GET
    public SignInJson.Status status(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return SignInJson.status(signIn.status(CurrentUser.of(ctx).actor(), Params.pathId(id, "学法记录")), clock);
    }

    /** Closes sign-in; the arrivals become the session's attendees. {@code ?markAbsent=true}: the rest of the unit 缺席. */
    @DELETE
    public SignInJson.Status close(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                   @QueryParam("markAbsent") String markAbsent) {
        long sessionId = Params.pathId(id, "学法记录");
        SignInService.Status s = signIn.close(CurrentUser.of(ctx).actor(), sessionId, "true".equals(markAbsent));
        links.forget(sessionId);
        return SignInJson.status(s, clock);
    }
}
