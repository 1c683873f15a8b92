package org.fazhi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The import baseline: sqlite3's own {@code .import} of a CSV, the fastest a CSV gets into SQLite. */
final class SqliteBaseline {
    private SqliteBaseline() {
    }

    /**
     * Imports {@code csv} with the sqlite3 command-line tool into a bare table of a fresh file with the
     * server's durability settings (WAL, synchronous=FULL); returns the wall-clock time in ms,
     * process start included.
     */
    static double importCsv(Path csv, Path db) throws IOException, InterruptedException {
        Files.deleteIfExists(db);
        long start = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", db.toString(), "PRAGMA journal_mode=WAL;", "PRAGMA synchronous=FULL;",
                ".import --csv " + csv + " sessions").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 failed: " + out);
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
