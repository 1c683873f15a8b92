package org.fazhi.web.pages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** How the pages spell a file's size and a moment, so every list shows them alike. */
public final class Display {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Display() {
    }

    /** "812 B", "35 KB", "1.2 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** "2025-03-20 14:05" in the server's zone; null stays null. */
    public static String minute(Instant at, ZoneId zone) {
        return at == null ? null : MINUTE.format(at.atZone(zone));
    }

    /**
     * A moment kept as text (ISO instant, UTC to the nanosecond, as the exchange tables and a backup's manifest keep
     * it) as {@link #minute(Instant, ZoneId)} shows it; text that is not an instant (written by hand) is shown as it
     * is, and null stays null.
     */
    public static String minute(String instant, ZoneId zone) {
        if (instant == null) {
            return null;
        }
        try {
            return minute(Instant.parse(instant), zone);
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
