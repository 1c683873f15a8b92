package org.fazhi.web.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.UserAccount;
import org.fazhi.storage.core.Scope;
import org.fazhi.web.errors.HttpProblem;

/**
 * The signed-in user of a request, put there by {@link AuthFilter}. {@code viaCookie} tells a
 * browser session (which needs a CSRF token on every change) from a bearer token (which does not:
 * a browser never sends it by itself).
 */
public record CurrentUser(UserAccount account, String csrfToken, boolean viaCookie, String token) {
    static final String KEY = "fazhi.currentUser";

    public Actor actor() {
        return account.actor();
    }

    /** The user of this request; resources behind the auth filter always have one. */
    public static CurrentUser of(ContainerRequestContext ctx) {
        Object u = ctx.getProperty(KEY);
        if (u == null) {
            throw HttpProblem.unauthorized("请先登录");
        }
        return (CurrentUser) u;
    }

    /** The user of this request, who must be allowed to change the ledger (a 403 otherwise). */
    public static CurrentUser writer(ContainerRequestContext ctx) {
        CurrentUser user = of(ctx);
        Scope.requireWriter(user.actor());
        return user;
    }

    /** The user of this request, who must be an administrator (a 403 otherwise). */
    public static CurrentUser admin(ContainerRequestContext ctx) {
        CurrentUser user = of(ctx);
        Scope.requireAdmin(user.actor());
        return user;
    }

    public static CurrentUser orNull(ContainerRequestContext ctx) {
        return (CurrentUser) ctx.getProperty(KEY);
    }
}
