package org.fazhi.web.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one clock of a server or command-line run. It is made once where the run is wired
 * ({@link WebServer#start}, or a command's {@code call}) and handed to every module by constructor:
 * the core services and the audit log, law-training, duty-tracking, and the web pages and resources
 * that compute "today" or "this year". Nothing else reads the system clock for a date or a stored time.
 * Its zone is the computer's, the ledger's zone as it has always been.
 */
public final class ServerClock {
    private ServerClock() {
    }

    /** The system clock in this computer's time zone. */
    public static Clock system() {
        return Clock.system(ZoneId.systemDefault());
    }

    /** The system clock, or, when {@code today} is given, the system clock {@linkplain #pinned pinned} to it. */
    public static Clock of(LocalDate today) {
        return today == null ? system() : pinned(today, system());
    }

    /**
     * {@code base} moved to {@code today}: at the moment this is called it reads {@code today} at the
     * time of day {@code base} reads, and from then on it runs with {@code base}
     * ({@link Clock#offset}). The date is pinned, the time of day is not, and this is deliberate: a
     * {@linkplain Clock#fixed fixed} clock would stamp every change and audit entry with one same instant,
     * never let a sign-in session expire or a login lock-out end, and give the daily backup no next day.
     * With the offset the server behaves exactly as on that day, and a demo left running past midnight
     * moves on to the next day, as a real one would; start it again to pin the date again.
     */
    public static Clock pinned(LocalDate today, Clock base) {
        Instant now = base.instant();
        ZoneId zone = base.getZone();
        LocalTime timeOfDay = LocalTime.ofInstant(now, zone);
        Instant then = ZonedDateTime.of(today, timeOfDay, zone).toInstant();
        return Clock.offset(base, Duration.between(now, then));
    }
}
