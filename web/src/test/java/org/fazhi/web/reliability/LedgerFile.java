package org.fazhi.web.reliability;

import java.nio.file.Path;
import java.util.List;
import org.fazhi.storage.DataFolder;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The database file of a stopped server, opened read-only to check it as SQLite sees it. */
final class LedgerFile {
    private final Jdbi jdbi;

    LedgerFile(Path dataDir) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + dataDir.resolve(DataFolder.DATABASE_FILE).toAbsolutePath());
        jdbi = Jdbi.create(ds);
    }

    /** {@code PRAGMA integrity_check}: {@code ["ok"]} for a sound file. */
    List<String> integrity() {
        return jdbi.withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list());
    }

    /** Rows that point at a missing parent: none in a sound ledger. */
    int foreignKeyViolations() {
        return jdbi.withHandle(h -> h.createQuery("PRAGMA foreign_key_check").mapToMap().list().size());
    }

    long count(String sql, Object... args) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(Long.class).one();
        });
    }
}
