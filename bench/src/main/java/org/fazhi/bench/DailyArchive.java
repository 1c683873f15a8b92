package org.fazhi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The server's daily automatic backup, seen from outside: an archive in {@code backups/} named with
 * today's date, made about a minute after a start when today has none. A backup of the province ledger
 * takes seconds of both cores, so the bench lets it happen before it measures anything.
 */
final class DailyArchive {
    /** How long after a start to wait for the archive: the server's first check comes after a minute. */
    private static final long WAIT_MS = 150_000;

    private DailyArchive() {
    }

    /**
     * Waits until today's archive exists and has stopped growing, or the wait is over, or the server has
     * died; returns its size ("7.1 MB"), or null when none appeared.
     */
    static String await(Path dataDir, ServerProcess server) throws IOException, InterruptedException {
        System.out.println("等待服务器的每日自动备份(最多 " + WAIT_MS / 1000 + " 秒),以免它落在计时之内…");
        long deadline = System.currentTimeMillis() + WAIT_MS;
        long lastSize = -1;
        while (System.currentTimeMillis() < deadline && server.alive()) {
            long size = todaysSize(dataDir);
            if (size > 0 && size == lastSize) {
                return String.format("%.1f MB", size / 1e6);
            }
            lastSize = size;
            Thread.sleep(1_000);
        }
        return null;
    }

    /** Whether anything in {@code backups/} was written at or after {@code since}. */
    static boolean writtenSince(Path dataDir, Instant since) throws IOException {
        for (Path f : files(dataDir)) {
            if (!Files.getLastModifiedTime(f).toInstant().isBefore(since)) {
                return true;
            }
        }
        return false;
    }

    private static long todaysSize(Path dataDir) throws IOException {
        String today = LocalDate.now().toString();
        for (Path f : files(dataDir)) {
            String name = f.getFileName().toString();
            if (name.contains(today) && name.endsWith(".zip")) {
                return Files.size(f);
            }
        }
        return 0;
    }

    private static List<Path> files(Path dataDir) throws IOException {
        Path backups = dataDir.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
