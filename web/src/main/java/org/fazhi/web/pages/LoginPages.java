package org.fazhi.web.pages;

import jakarta.inject.Provider;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.jetty.server.Request;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.Session;
import org.fazhi.web.api.ClientAddress;
import org.fazhi.web.auth.Authenticator;
import org.fazhi.web.auth.Cookies;
import org.fazhi.web.auth.CsrfFilter;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.auth.SetupGate;
import org.fazhi.web.errors.HttpProblem;

/** The login page, sign-out, and the one-time setup of the first admin. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class LoginPages {
    private final Authenticator auth;
    private final SetupGate setup;
    private final CoreServices core;
    private final SecureRandom random = new SecureRandom();

    @Context
    private Provider<Request> jettyRequest;

    public LoginPages(Authenticator auth, SetupGate setup, CoreServices core) {
        this.auth = auth;
        this.setup = setup;
        this.core = core;
    }

    @GET
    @Path("login")
    public Response loginPage(@Context ContainerRequestContext ctx, @QueryParam("next") String next,
                              @QueryParam("expired") String expired) {
        if (CurrentUser.orNull(ctx) != null) {
            return Redirects.to(Redirects.safeNext(next));
        }
        // Sent here by a page whose session had ended (ProblemMapper): said, so a lost save is not a mystery.
        String notice = "1".equals(expired) ? "登录已过期,请重新登录" : null;
        return loginForm(Redirects.safeNext(next), null, null, notice, 200);
    }

    @POST
    @Path("login")
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
                          @FormParam("next") String next, @FormParam(CsrfFilter.FIELD) String csrf,
                          @CookieParam(Cookies.LOGIN_CSRF) String csrfCookie) {
        String target = Redirects.safeNext(next);
        if (!CsrfFilter.matches(csrf, csrfCookie)) {
            return loginForm(target, username, "页面已过期,请重新登录", null, 403);
        }
        try {
            Authenticator.SignedIn s = auth.signIn(username, password, ClientAddress.of(jettyRequest), Session.BROWSER);
            return Response.seeOther(java.net.URI.create(target))
                    .cookie(Cookies.session(s.session().token()), Cookies.expire(Cookies.LOGIN_CSRF)).build();
        } catch (HttpProblem p) {
            return loginForm(target, username, p.getMessage(), null, p.status());
        }
    }

    @POST
    @Path("logout")
    public Response logout(@Context ContainerRequestContext ctx) {
        auth.signOut(CurrentUser.of(ctx));
        return Response.seeOther(java.net.URI.create("/login")).cookie(Cookies.expire(Cookies.SESSION)).build();
    }

    @GET
    @Path("setup")
    public Response setupPage(@QueryParam("token") String token) {
        if (!setup.accepts(token)) {
            return Redirects.to("/login");
        }
        return setupForm(token, FormState.empty(), 200);
    }

    @POST
    @Path("setup")
    public Response createFirstAdmin(@FormParam("token") String token, @FormParam("username") String username,
                                     @FormParam("password") String password, @FormParam("password2") String password2) {
        if (!setup.accepts(token)) {
            return Redirects.to("/login");
        }
        FormState form = FormState.empty().value("username", username);
        try {
            if (password == null || !password.equals(password2)) {
                throw new ValidationException("password2", "两次输入的密码不一致");
            }
            UserAccount draft = new UserAccount(null, username, null, Role.ADMIN, null, false, 0);
            core.users().create(Actor.SYSTEM, draft, password);
        } catch (RuntimeException e) {
            return setupForm(token, form.fail(e), 400);
        }
        return Redirects.to("/login");
    }

    private Response loginForm(String next, String username, String error, String notice, int status) {
        String token = newToken();
        View v = PageModel.anonymous("登录")
                .put("next", next)
                .put("username", username)
                .put("error", error)
                .put("notice", notice)
                .put("loginCsrf", token)
                .put("setupOpen", setup.open())
                .view("login");
        return Response.status(status).entity(v).cookie(Cookies.loginCsrf(token)).build();
    }

    private Response setupForm(String token, FormState form, int status) {
        return Response.status(status).entity(PageModel.anonymous("创建管理员账号")
                .put("token", token).put("form", form).view("setup")).build();
    }

    private String newToken() {
        byte[] b = new byte[24];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
