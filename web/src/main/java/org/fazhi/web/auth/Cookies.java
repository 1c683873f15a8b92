package org.fazhi.web.auth;

import jakarta.ws.rs.core.NewCookie;

/** The cookies the pages use; all HttpOnly and SameSite so scripts and other sites cannot use them. */
public final class Cookies {
    public static final String SESSION = "FAZHI_SESSION";
    /** Double-submit token for the login form, which has no session yet. */
    public static final String LOGIN_CSRF = "FAZHI_LOGIN";

    private Cookies() {
    }

    public static NewCookie session(String token) {
        return build(SESSION, token, -1);
    }

    public static NewCookie loginCsrf(String token) {
        return build(LOGIN_CSRF, token, 3600);
    }

    public static NewCookie expire(String name) {
        return build(name, "", 0);
    }

    private static NewCookie build(String name, String value, int maxAge) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(maxAge)
                .build();
    }
}
