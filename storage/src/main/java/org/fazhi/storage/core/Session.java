package org.fazhi.storage.core;

import java.time.Instant;

/** A live sign-in: a browser session (cookie + CSRF token) or an API bearer token. */
public record Session(long userId, String kind, String csrfToken, Instant expiresAt) {
    public static final String BROWSER = "BROWSER";
    public static final String API = "API";
}
