package org.fazhi.storage.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A clock a test sets to a day and moves forward, for the services (or a test server) started with it:
 * every "today", "this year", stamp, session expiry and login pause they have reads it. It stands still
 * between moves, so a test sees the same day however long it runs. Thread-safe (the server's request
 * threads read it while the test moves it).
 */
public final class TestClock extends Clock {
    /** The ledgers are kept in China Standard Time ({@link TempLedger#ZONE}). */
    public static final ZoneId ZONE = TempLedger.ZONE;

    private volatile Instant now;

    private TestClock(Instant now) {
        this.now = now;
    }

    /** {@code day} at 10:00 in {@link #ZONE}. */
    public static TestClock on(LocalDate day) {
        return new TestClock(at(day));
    }

    public static TestClock on(int year, int month, int day) {
        return on(LocalDate.of(year, month, day));
    }

    /** Moves to {@code day} at 10:00. */
    public TestClock set(LocalDate day) {
        now = at(day);
        return this;
    }

    public TestClock set(int year, int month, int day) {
        return set(LocalDate.of(year, month, day));
    }

    /** Moves forward (or back, for a negative amount). */
    public TestClock advance(Duration d) {
        now = now.plus(d);
        return this;
    }

    /** The date it reads now in {@link #ZONE}. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, ZONE);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    /** A clock fixed at this one's instant in another zone (nothing in the server asks for one). */
    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
    }
}
