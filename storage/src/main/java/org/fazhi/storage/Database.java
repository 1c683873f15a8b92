package org.fazhi.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.storage.backup.RestoreJournal;
import org.fazhi.storage.core.CoreSchema;
import org.fazhi.storage.jdbi.TimeColumns;
import org.fazhi.storage.migrate.Migration;
import org.fazhi.storage.migrate.MigrationRunner;
import org.fazhi.storage.migrate.MigrationSet;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ledger's SQLite database: opened with durable settings, checked for integrity, migrated to
 * the current schema of the core and of every module given. One instance per process; thread-safe.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DataFolder folder;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final List<Migration> appliedNow;

    private Database(DataFolder folder, HikariDataSource pool, Jdbi jdbi, List<Migration> appliedNow) {
        this.folder = folder;
        this.pool = pool;
        this.jdbi = jdbi;
        this.appliedNow = appliedNow;
    }

    /**
     * Opens the database of {@code folder}, creating it on first start.
     *
     * @param modules migration sets of the domain modules in use, applied after the core tables
     */
    public static Database open(DataFolder folder, List<MigrationSet> modules) {
        List<MigrationSet> sets = new ArrayList<>();
        sets.add(CoreSchema.MIGRATIONS);
        sets.addAll(modules);
        return openWith(folder, sets);
    }

    /** Opens with exactly these migration sets (tests use it to build an older schema). */
    public static Database openWith(DataFolder folder, List<MigrationSet> sets) {
        // A restore interrupted mid-swap is finished first, so the database opened is a whole one.
        RestoreJournal.finishIfPending(folder);
        // Checked on a connection of its own, outside the pool: the pool would retry a file that
        // cannot be opened until its connection timeout (30 s) before reporting anything.
        IntegrityCheck.require(Jdbi.create(SqliteSettings.dataSource(folder.database())), folder.database());
        HikariDataSource pool = pool(folder);
        try {
            Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
            TimeColumns.install(jdbi);
            List<Migration> applied = MigrationRunner.migrate(jdbi, sets,
                    () -> Backups.beforeUpgrade(jdbi, folder));
            return new Database(folder, pool, jdbi, applied);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariDataSource pool(DataFolder folder) {
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(SqliteSettings.dataSource(folder.database()));
        hc.setPoolName("fazhi-sqlite");
        // SQLite has one writer at a time; a few connections serve concurrent readers under WAL.
        hc.setMaximumPoolSize(8);
        hc.setMinimumIdle(1);
        hc.setConnectionTimeout(30_000);
        // Fail here with our own message (see IntegrityCheck) rather than inside the pool's start.
        hc.setInitializationFailTimeout(-1);
        return new HikariDataSource(hc);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataFolder folder() {
        return folder;
    }

    /** Migrations applied by this start (empty when the schema was already current). */
    public List<Migration> appliedNow() {
        return appliedNow;
    }

    @Override
    public void close() {
        if (!pool.isClosed()) {
            LOG.debug("closing database {}", folder.database());
            pool.close();
        }
    }
}
