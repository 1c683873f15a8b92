package org.fazhi.web.backup;

import java.time.Clock;
import java.time.Duration;

/**
 * When the daily backup looks whether today's archive is missing: {@code firstCheck} after the server
 * starts, then every {@code interval}. Checking hourly rather than sleeping a day makes "once a day"
 * hold across a PC that sleeps at night or is restarted; the clock's zone decides what "today" is.
 */
public record BackupSchedule(Clock clock, Duration firstCheck, Duration interval) {
    public static BackupSchedule standard(Clock clock) {
        return new BackupSchedule(clock, Duration.ofMinutes(1), Duration.ofHours(1));
    }
}
