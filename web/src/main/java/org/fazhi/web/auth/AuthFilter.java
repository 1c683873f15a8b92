package org.fazhi.web.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.fazhi.model.account.UserAccount;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.Session;
import org.fazhi.web.errors.HttpProblem;
import org.fazhi.web.signin.PhoneSignInPages;

/**
 * Finds the signed-in user from a bearer token or the session cookie, for every request. Anything
 * but a few public paths needs one: the API answers 401, pages send the browser to the login page.
 * The account is re-read each time, so disabling a user takes effect at once.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public record AuthFilter(CoreServices core) implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (isCandidatePath(path)) {
            // The online exam's candidates have no account: their bearer token is checked by the exam's own
            // resources and pages, and no session carries it, so it opens no other path (401 there).
            return;
        }
        identify(ctx);
        if (ctx.getProperty(CurrentUser.KEY) == null && !isPublic(path)) {
            throw HttpProblem.unauthorized("请先登录");
        }
    }

    private void identify(ContainerRequestContext ctx) {
        String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            attach(ctx, token, false);
            if (ctx.getProperty(CurrentUser.KEY) == null) {
                // A wrong token is an error even on a public path, so a script notices it.
                throw HttpProblem.unauthorized("令牌无效或已过期,请重新登录");
            }
            return;
        }
        Cookie cookie = ctx.getCookies().get(Cookies.SESSION);
        if (cookie != null) {
            attach(ctx, cookie.getValue(), true);
        }
    }

    private void attach(ContainerRequestContext ctx, String token, boolean viaCookie) {
        Optional<Session> session = core.sessions().find(token);
        if (session.isEmpty()) {
            return;
        }
        Optional<UserAccount> user = core.users().find(session.get().userId());
        if (user.isEmpty() || user.get().disabled()) {
            return;
        }
        ctx.setProperty(CurrentUser.KEY, new CurrentUser(user.get(), session.get().csrfToken(), viaCookie, token));
    }

    /**
     * The candidates' paths of the online exam (/exam, /exam/…, /api/exam-login, /api/exam/…): no session is read
     * or needed there. The organiser's /exams and /api/exams are not among them.
     */
    static boolean isCandidatePath(String rawPath) {
        String p = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        return p.equals("exam") || p.startsWith("exam/") || p.equals("api/exam-login") || p.startsWith("api/exam/");
    }

    static boolean isPublic(String rawPath) {
        String p = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        return p.equals("api/health") || p.equals("api/login") || p.equals("login") || p.equals("setup")
                || p.startsWith("static/") || p.equals("favicon.ico") || PhoneSignInPages.isPublic(p);
    }
}
