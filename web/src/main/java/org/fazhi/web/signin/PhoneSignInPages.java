package org.fazhi.web.signin;

import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Request;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.storage.core.LoginThrottle;
import org.fazhi.training.signin.SignInService;
import org.fazhi.web.api.ClientAddress;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.auth.FormOnce;
import org.fazhi.web.errors.ApiError;
import org.fazhi.web.errors.HttpProblem;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;

/**
 * /s/{token}: the page a phone opens from the QR code, with no account (AuthFilter lets {@link #PREFIX}
 * through). It shows the session's unit, date and topic and the unit's people to pick from (a search box
 * narrows a long list), or takes a guest's name; posted, it answers 签到成功 (迟到 when late). It reads nothing
 * but that session's window and its unit's names, and only while the window is open: then 签到已结束.
 * An unknown token (404) counts against the caller's address as a wrong exam code does ({@link
 * LoginThrottle#codeFailed}): past the same allowance the address gets 429 for unknown tokens until its pause ends.
 * A real token is never counted nor refused: a meeting room's phones share one address behind the office's NAT.
 */
@Path("/" + PhoneSignInPages.PREFIX + "{token}")
@Produces(MediaType.TEXT_HTML)
public record PhoneSignInPages(SignInService signIn, Clock clock, LoginThrottle throttle) {
    /** The public prefix of the phone addresses: the one place it is named (AuthFilter asks {@link #isPublic}). */
    public static final String PREFIX = "s/";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The path of a token's phone page. */
    public static String path(String token) {
        return "/" + PREFIX + token;
    }

    /** Whether a request path (without its leading slash) is a phone page, which needs no account. */
    public static boolean isPublic(String path) {
        return path.startsWith(PREFIX) && path.indexOf('/', PREFIX.length()) < 0;
    }

    @GET
    public View show(@Context ContainerRequestContext ctx, @Context Provider<Request> caller, @PathParam("token") String token) {
        return page(ctx, caller, token, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@Context ContainerRequestContext ctx, @Context Provider<Request> caller, @PathParam("token") String token,
                           MultivaluedMap<String, String> params) {
        FormState form = FormState.of(params);
        try {
            Long personId = Params.optionalId(form.get("personId"), "personId", "姓名");
            SignInService.SignedIn done = known(caller, () -> signIn.signIn(token, personId, form.get("guestName")));
            String time = LocalTime.ofInstant(done.at(), clock.getZone()).format(HH_MM);
            return Response.ok(model(ctx, "签到成功").put("done", done)
                    .put("result", done.late() ? "签到成功(迟到)" : "签到成功")
                    .put("time", time).view("signin-phone")).build();
        } catch (ValidationException | ConflictException e) {
            return Response.status(FormState.status(e)).entity(page(ctx, caller, token, form.fail(e))).build();
        }
    }

    private View page(ContainerRequestContext ctx, Provider<Request> caller, String token, FormState form) {
        SignInService.Sheet sheet = known(caller, () -> signIn.sheet(token));
        return model(ctx, sheet.open() ? "扫码签到" : SignInService.CLOSED)
                .put("sheet", sheet)
                .put("people", sheet.people().stream()
                        .map(p -> new Person(p.id(), p.name(), sheet.signed().contains(p.id()))).toList())
                .put("closed", !sheet.open())
                .put("until", LocalTime.ofInstant(sheet.expiresAt(), clock.getZone()).format(HH_MM))
                .put("action", path(token))
                .put("form", form == null ? FormState.empty() : form)
                .view("signin-phone");
    }

    /**
     * Runs a look-up by token; an unknown token is counted against the caller's address, and once the address must
     * wait it is answered 429 instead of 404 (the pause doubles as wrong codes go on, as for exam codes).
     */
    private <T> T known(Provider<Request> caller, Supplier<T> byToken) {
        try {
            return byToken.get();
        } catch (NotFoundException e) {
            String address = ClientAddress.of(caller);
            Duration wait = throttle.waitForCode(address);
            if (!wait.isZero()) {
                throw new HttpProblem(429, ApiError.TOO_MANY, "签到链接错误次数过多,请在 " + Math.max(1, wait.toSeconds())
                        + " 秒后再试,或重新扫描会场的二维码", null);
            }
            throttle.codeFailed(address);
            throw e;
        }
    }

    /** One name to pick; one already signed in is shown, not offered. */
    public record Person(long id, String name, boolean signed) {
    }

    /**
     * The page's model: no account is needed, but a signed-in organiser testing the code on their own browser
     * posts with their session cookie, so the form then carries the CSRF and one-time tokens as every form does.
     */
    private static PageModel model(ContainerRequestContext ctx, String title) {
        CurrentUser user = CurrentUser.orNull(ctx);
        PageModel m = PageModel.anonymous(title).put("once", FormOnce.tokens());
        return user == null ? m : m.put("csrf", user.csrfToken());
    }
}
