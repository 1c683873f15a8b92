package org.fazhi.storage.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A finished backup archive: where it is, how big, and what it holds. */
public record BackupResult(Path file, long size, long databaseSize, int attachments, long attachmentBytes,
                           Instant createdAt) {

    /** The size in the units an office reads: "12.3 MB". */
    public static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        do {
            v /= 1024;
            u++;
        } while (v >= 1024 && u < units.length - 1);
        return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
