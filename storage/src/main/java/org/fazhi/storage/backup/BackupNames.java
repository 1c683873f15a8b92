package org.fazhi.storage.backup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How backup archives are named. Any name works for {@code backup --to}; the recommended one, also
 * used by the daily backup, is {@code 备份-2026-11-23.fazhi.zip}: sorted by date in a file list, and
 * the {@code .zip} ending lets anyone open it to look inside.
 */
public final class BackupNames {
    public static final String SUFFIX = ".fazhi.zip";
    private static final Pattern DAILY = Pattern.compile("备份-(\\d{4}-\\d{2}-\\d{2})" + Pattern.quote(SUFFIX));

    private BackupNames() {
    }

    /** The daily backup's file name for {@code day}. */
    public static String daily(LocalDate day) {
        return "备份-" + day + SUFFIX;
    }

    /** The day of a daily backup's file name; empty for any other file (manual backups are never pruned). */
    public static Optional<LocalDate> dayOf(String fileName) {
        Matcher m = DAILY.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The recommended name of a backup taken on {@code today}, to show as an example. */
    public static String example(LocalDate today) {
        return daily(today);
    }
}
