package org.fazhi.storage.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.fazhi.storage.core.db.LoginFailureDao;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows password guessing: after {@link #FREE_FAILURES} failures for one account (or many more from
 * one address) further attempts are refused for a pause that doubles each time, up to 15 minutes.
 * Kept in the database ({@code login_failures}), so the app nodes of a shared instance count together
 * and a restart does not give a guesser a fresh start; a failure is forgotten an hour after the last.
 */
public final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    /**
     * One-time codes (an online exam's) have no account to count against, only the address: room for a meeting
     * room's typos behind one address, none for guessing an 8-character code (40 bits) at a few tries an hour.
     */
    static final int FREE_CODE_FAILURES_PER_ADDRESS = 30;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    private static final Duration MAX_PAUSE = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final Jdbi jdbi;
    private final Clock clock;

    public LoginThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** How long the caller must still wait before trying this account from this address; zero if not locked. */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        return jdbi.withExtension(LoginFailureDao.class, dao -> {
            Duration a = remaining(dao, userKey(username), now);
            Duration b = remaining(dao, addressKey(address), now);
            return a.compareTo(b) >= 0 ? a : b;
        });
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            LoginFailureDao dao = h.attach(LoginFailureDao.class);
            dao.forgetOlderThan(now.minus(FORGET_AFTER));
            bump(dao, userKey(username), FREE_FAILURES, now);
            bump(dao, addressKey(address), FREE_FAILURES_PER_ADDRESS, now);
        });
    }

    /** How long the caller must still wait before trying a one-time code from this address; zero if not locked. */
    public Duration waitForCode(String address) {
        Instant now = clock.instant();
        return jdbi.withExtension(LoginFailureDao.class, dao -> remaining(dao, codeKey(address), now));
    }

    /** A one-time code that was not one, from this address. */
    public void codeFailed(String address) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            LoginFailureDao dao = h.attach(LoginFailureDao.class);
            dao.forgetOlderThan(now.minus(FORGET_AFTER));
            bump(dao, codeKey(address), FREE_CODE_FAILURES_PER_ADDRESS, now);
        });
    }

    public void succeeded(String username, String address) {
        jdbi.useTransaction(h -> {
            LoginFailureDao dao = h.attach(LoginFailureDao.class);
            dao.forget(userKey(username));
            dao.forget(addressKey(address));
        });
    }

    private static Duration remaining(LoginFailureDao dao, String key, Instant now) {
        return dao.find(key)
                .filter(s -> s.lockedUntil() != null && s.lockedUntil().isAfter(now))
                .map(s -> Duration.between(now, s.lockedUntil()))
                .orElse(Duration.ZERO);
    }

    private static void bump(LoginFailureDao dao, String key, int free, Instant now) {
        int failures = dao.find(key)
                .filter(s -> !s.lastFailure().plus(FORGET_AFTER).isBefore(now))
                .map(s -> s.failures() + 1)
                .orElse(1);
        Instant locked = null;
        if (failures >= free) {
            int doublings = Math.min(failures - free, 10);
            Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
            locked = now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause);
        }
        dao.put(key, failures, now, locked);
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static String codeKey(String address) {
        return "c:" + address;
    }
}
