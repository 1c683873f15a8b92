package org.fazhi.web.auth;

import java.time.Duration;
import java.util.Optional;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
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

    /**
     * The signed-in user's own change of password, from the page or PUT /api/me/password ({@code confirm} null:
     * the API has no second field). A wrong current password counts as a failed login of the account, so this
     * is no way around the login throttle to guess it; while the account is paused, 429. Ends the account's
     * other sessions and keeps the one it was made in.
     *
     * @throws ValidationException naming currentPassword, newPassword or confirmPassword
     */
    public void changeOwnPassword(CurrentUser user, String current, String next, String confirm, String address) {
        FieldErrors errors = new FieldErrors();
        errors.refuseIf(current == null || current.isEmpty(), "currentPassword", "请输入当前密码");
        errors.run(() -> {
            try {
                UserAccount.checkPassword(next);
            } catch (ValidationException e) {
                // The account's rule, told beside the new password's field rather than a "password" one.
                throw new ValidationException("newPassword", e.getMessage());
            }
        });
        errors.refuseIf(confirm != null && !confirm.equals(next), "confirmPassword", "两次输入的新密码不一致");
        errors.throwIfAny();
        String name = user.account().username();
        Duration wait = throttle.waitFor(name, address);
        if (!wait.isZero()) {
            throw new HttpProblem(429, ApiError.TOO_MANY,
                    "当前密码错误次数过多,请在 " + Math.max(1, wait.toSeconds()) + " 秒后再试", "currentPassword");
        }
        if (!core.users().changeOwnPassword(user.actor(), current, next, user.token())) {
            throttle.failed(name, address);
            throw new ValidationException("currentPassword", "当前密码不正确");
        }
        throttle.succeeded(name, address);
    }

    public void signOut(CurrentUser user) {
        core.sessions().close(user.token());
        core.audit().record(user.actor(), AuditLog.LOGOUT, "user", user.account().id(), "退出登录");
    }

    private static String truncate(String s) {
        return s.length() > 32 ? s.substring(0, 32) : s;
    }
}
