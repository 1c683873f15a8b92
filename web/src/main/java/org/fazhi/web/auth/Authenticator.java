package org.fazhi.web.auth;

import java.time.Duration;
import java.util.Optional;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.LoginThrottle;
import org.fazhi.storage.core.SessionService;
import org.fazhi.web.errors.ApiError;
import org.fazhi.web.errors.HttpProblem;

/** Signs users in for the login page and POST /api/login alike: throttled, audited, a fresh token each time. */
public record Authenticator(CoreServices core, LoginThrottle throttle) {
    public record SignedIn(UserAccount user, SessionService.Opened session) {
    }

    /**
     * @param kind {@code Session.BROWSER} or {@code Session.API}
     * @throws HttpProblem 401 on bad credentials, 429 while throttled
     */
    public SignedIn signIn(String username, String password, String address, String kind) {
        String name = username == null ? "" : username.strip();
        Duration wait = throttle.waitFor(name, address);
        if (!wait.isZero()) {
            throw new HttpProblem(429, ApiError.TOO_MANY,
                    "登录失败次数过多,请在 " + Math.max(1, wait.toSeconds()) + " 秒后再试", null);
        }
        Optional<UserAccount> user = core.users().authenticate(name, password);
        if (user.isEmpty()) {
            throttle.failed(name, address);
            core.audit().record(new Actor(0, name.isEmpty() ? "(空)" : truncate(name), Role.VIEWER, null),
                    AuditLog.LOGIN_FAILED, "user", null, "登录失败(来自 " + address + ")");
            throw HttpProblem.unauthorized("用户名或密码错误");
        }
        throttle.succeeded(name, address);
        UserAccount u = user.get();
        SessionService.Opened opened = core.sessions().open(u.id(), kind);
        core.audit().record(u.actor(), AuditLog.LOGIN, "user", u.id(), "登录(来自 " + address + ")");
        return new SignedIn(u, opened);
    }

    public void signOut(CurrentUser user) {
        core.sessions().close(user.token());
        core.audit().record(user.actor(), AuditLog.LOGOUT, "user", user.account().id(), "退出登录");
    }

    private static String truncate(String s) {
        return s.length() > 32 ? s.substring(0, 32) : s;
    }
}
