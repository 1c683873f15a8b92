package org.fazhi.storage.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.fazhi.storage.core.db.SessionDao;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in sessions kept in the database, so a restart of the server does not sign everybody out.
 * Tokens are random 256-bit values; only their SHA-256 is stored.
 */
public final class SessionService {
    public static final Duration BROWSER_LIFETIME = Duration.ofHours(12);
    public static final Duration API_LIFETIME = Duration.ofDays(30);

    private final Jdbi jdbi;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    /** @param clock decides when a session opened and when it expires (a test moves it forward) */
    public SessionService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A new session: the raw token (to give to the client once) and its CSRF token. */
    public record Opened(String token, String csrfToken) {
    }

    public Opened open(long userId, String kind) {
        String token = randomToken();
        String csrf = randomToken();
        Instant now = Instant.now(clock);
        Duration life = Session.API.equals(kind) ? API_LIFETIME : BROWSER_LIFETIME;
        jdbi.useHandle(h -> h.attach(SessionDao.class).insert(hash(token), userId, kind, csrf, now, now.plus(life)));
        return new Opened(token, csrf);
    }

    public Optional<Session> find(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.attach(SessionDao.class).findLive(hash(token), Instant.now(clock)));
    }

    public void close(String token) {
        if (token != null) {
            jdbi.useHandle(h -> h.attach(SessionDao.class).delete(hash(token)));
        }
    }

    public int purgeExpired() {
        return jdbi.withHandle(h -> h.attach(SessionDao.class).deleteExpired(Instant.now(clock)));
    }

    private String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** What the table stores of a token: a stolen copy of the table opens no session. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
