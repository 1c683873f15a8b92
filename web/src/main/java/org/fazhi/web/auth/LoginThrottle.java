package org.fazhi.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #FREE_FAILURES} failures for one account (or many more from
 * one address) further attempts are refused for a pause that doubles each time, up to 15 minutes.
 * Kept in memory: a restart forgets it, which is acceptable for an office server.
 */
public final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    private static final Duration MAX_PAUSE = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record State(int failures, Instant lastFailure, Instant lockedUntil) {
    }

    /** How long the caller must still wait before trying this account from this address; zero if not locked. */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration a = remaining(userKey(username), now);
        Duration b = remaining(addressKey(address), now);
        return a.compareTo(b) >= 0 ? a : b;
    }

    public void failed(String username, String address) {
        bump(userKey(username), FREE_FAILURES);
        bump(addressKey(address), FREE_FAILURES_PER_ADDRESS);
    }

    public void succeeded(String username, String address) {
        states.remove(userKey(username));
        states.remove(addressKey(address));
    }

    private Duration remaining(String key, Instant now) {
        State s = states.get(key);
        if (s == null || s.lockedUntil() == null || !s.lockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, s.lockedUntil());
    }

    private void bump(String key, int free) {
        Instant now = clock.instant();
        states.compute(key, (k, s) -> {
            int failures = (s == null || s.lastFailure().plus(FORGET_AFTER).isBefore(now)) ? 1 : s.failures() + 1;
            Instant locked = null;
            if (failures >= free) {
                int doublings = Math.min(failures - free, 10);
                Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
                locked = now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause);
            }
            return new State(failures, now, locked);
        });
        if (states.size() > 10_000) {
            states.entrySet().removeIf(e -> e.getValue().lastFailure().plus(FORGET_AFTER).isBefore(now));
        }
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
