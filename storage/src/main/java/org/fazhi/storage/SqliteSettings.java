package org.fazhi.storage;

import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The per-connection SQLite settings every connection must carry. They are set through the driver's
 * config rather than by a PRAGMA on one connection, because each pooled connection needs them.
 */
public final class SqliteSettings {
    /** How long a writer waits for another writer before SQLITE_BUSY. */
    public static final int BUSY_TIMEOUT_MS = 10_000;

    private SqliteSettings() {
    }

    public static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL syncs the WAL on every commit: an acknowledged write survives a kill and a power cut.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Every explicit transaction here writes; taking the write lock at BEGIN avoids the
        // SQLITE_BUSY that a read lock upgraded to a write lock gets under contention.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }
}
