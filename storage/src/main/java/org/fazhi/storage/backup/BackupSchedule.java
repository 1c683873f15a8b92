package org.fazhi.storage.backup;

import java.time.Duration;

/**
 * When the daily backup looks whether today's archive is missing: {@code firstCheck} after the server
 * starts, then every {@code interval}. Checking hourly rather than sleeping a day makes "once a day"
 * hold across a PC that sleeps at night or is restarted; the server's clock decides what "today" is.
 */
public record BackupSchedule(Duration firstCheck, Duration interval) {
    /** First check a minute after start, then hourly. */
    public static final BackupSchedule STANDARD = new BackupSchedule(Duration.ofMinutes(1), Duration.ofHours(1));
}
