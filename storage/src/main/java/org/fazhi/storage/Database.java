package org.fazhi.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.fazhi.storage.backup.RestoreJournal;
import org.fazhi.storage.core.CoreSchema;
import org.fazhi.storage.jdbi.BooleanColumns;
import org.fazhi.storage.jdbi.CodePointOrder;
import org.fazhi.storage.jdbi.TimeColumns;
import org.fazhi.storage.migrate.Migration;
import org.fazhi.storage.migrate.MigrationRunner;
import org.fazhi.storage.migrate.MigrationSet;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.SerializableTransactionRunner;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ledger's database: by default a SQLite file in the data folder, opened with durable settings and
 * checked for integrity; for a shared instance a PostgreSQL database ({@link #open(PostgresTarget,
 * DataFolder, List, Clock)}). Either is migrated to the current schema of the core and of every module
 * given. One instance per process; thread-safe.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Engine engine;
    private final DataFolder folder;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final List<Migration> appliedNow;
    private final CompletableFuture<Void> integrity;

    private Database(Engine engine, DataFolder folder, HikariDataSource pool, Jdbi jdbi, List<Migration> appliedNow,
                     CompletableFuture<Void> integrity) {
        this.engine = engine;
        this.folder = folder;
        this.pool = pool;
        this.jdbi = jdbi;
        this.appliedNow = appliedNow;
        this.integrity = integrity;
    }

    /**
     * Opens the database of {@code folder}, creating it on first start; an upgrade's records are dated
     * by the system clock.
     *
     * @param modules migration sets of the domain modules in use, applied after the core tables
     */
    public static Database open(DataFolder folder, List<MigrationSet> modules) {
        return open(folder, modules, Clock.systemDefaultZone());
    }

    /**
     * As {@link #open(DataFolder, List)}, with the clock that dates an upgrade: the name of the copy made
     * before it (the ledger's clock, when it has one).
     */
    public static Database open(DataFolder folder, List<MigrationSet> modules, Clock clock) {
        Database db = openWhileChecking(folder, modules, clock);
        db.awaitIntegrity();
        return db;
    }

    /** Opens with exactly these migration sets (tests use it to build an older schema). */
    public static Database openWith(DataFolder folder, List<MigrationSet> sets) {
        Database db = openSets(folder, sets, Clock.systemDefaultZone());
        db.awaitIntegrity();
        return db;
    }

    /**
     * Opens the database while its integrity check is still running, so a server can build its web
     * application meanwhile: the check reads the whole file (about 1.5 s for a province ledger of
     * 450 MB), Jersey takes as long to start, and doing one after the other would double the wait at
     * every start. Nothing is written before the check has passed (an upgrade's migrations wait for
     * it); the caller must call {@link #awaitIntegrity()} before its first write or request.
     */
    public static Database openWhileChecking(DataFolder folder, List<MigrationSet> modules) {
        return openWhileChecking(folder, modules, Clock.systemDefaultZone());
    }

    /** As {@link #openWhileChecking(DataFolder, List)}, an upgrade dated by {@code clock}. */
    public static Database openWhileChecking(DataFolder folder, List<MigrationSet> modules, Clock clock) {
        List<MigrationSet> sets = new ArrayList<>();
        sets.add(CoreSchema.MIGRATIONS);
        sets.addAll(modules);
        return openSets(folder, sets, clock);
    }

    private static Database openSets(DataFolder folder, List<MigrationSet> sets, Clock clock) {
        // A restore interrupted mid-swap is finished first, so the database opened is a whole one.
        RestoreJournal.finishIfPending(folder);
        // Checked on a connection of its own, outside the pool: the pool would retry a file that
        // cannot be opened until its connection timeout (30 s) before reporting anything.
        Jdbi single = Jdbi.create(SqliteSettings.dataSource(folder.database()));
        IntegrityCheck.requireOpenable(single, folder.database());
        CompletableFuture<Void> integrity = new CompletableFuture<>();
        Thread checker = new Thread(() -> {
            try {
                IntegrityCheck.require(single, folder.database());
                integrity.complete(null);
            } catch (Throwable e) {
                integrity.completeExceptionally(e);
            }
        }, "fazhi-integrity-check");
        checker.setDaemon(true);
        checker.start();
        HikariDataSource pool = pool(folder);
        try {
            Jdbi jdbi = jdbi(pool, Engine.SQLITE);
            List<Migration> applied;
            try {
                // An upgrade writes: it waits for the check (a new, empty file has nothing to check).
                applied = MigrationRunner.migrate(pool, Engine.SQLITE, sets, () -> {
                    await(integrity);
                    Backups.beforeUpgrade(jdbi, folder, clock);
                });
            } catch (RuntimeException e) {
                await(integrity); // a damaged or foreign file: its own message says so better
                throw e;
            }
            return new Database(Engine.SQLITE, folder, pool, jdbi, applied, integrity);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Opens a shared instance's PostgreSQL database, creating the tables of the core and of
     * {@code modules} in an empty one. The server must answer, take the login and keep UTF-8, and an
     * existing database must be ours and not newer than this program; each refusal is one Chinese line
     * and comes before anything is written. {@code folder} still holds this node's logs and, unless
     * the attachments are placed elsewhere, the attachments. Before an upgrade nothing is copied: a
     * DBA backs the database up with {@code pg_dump} (the log says so).
     */
    public static Database open(PostgresTarget target, DataFolder folder, List<MigrationSet> modules) {
        List<MigrationSet> sets = new ArrayList<>();
        sets.add(CoreSchema.MIGRATIONS);
        sets.addAll(modules);
        HikariDataSource pool = PostgresSettings.pool(target, 16);
        try {
            List<Migration> applied = MigrationRunner.migrate(pool, Engine.POSTGRESQL, sets, () ->
                    LOG.warn("升级 PostgreSQL 数据库 {} 的结构:本程序不复制数据库,请事先用 pg_dump 备份", target.describe()));
            Jdbi jdbi = jdbi(pool, Engine.POSTGRESQL);
            PostgresIntegrity.require(jdbi, target.describe());
            jdbi.setTransactionHandler(new SerializableTransactionRunner());
            return new Database(Engine.POSTGRESQL, folder, pool, jdbi, applied, CompletableFuture.completedFuture(null));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Checks that a PostgreSQL database can be used (reachable, login taken, UTF-8, recent enough) without
     * touching it: for a command that must refuse before it writes anything elsewhere.
     */
    public static void requireUsable(PostgresTarget target) {
        PostgresSettings.requireUsable(target);
    }

    private static Jdbi jdbi(HikariDataSource pool, Engine engine) {
        Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        TimeColumns.install(jdbi);
        BooleanColumns.install(jdbi);
        CodePointOrder.install(jdbi, engine);
        return jdbi;
    }

    /** Waits for the integrity check of the start; throws its {@link StorageException} if it failed. */
    public void awaitIntegrity() {
        try {
            await(integrity);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static void await(CompletableFuture<Void> check) {
        try {
            check.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StorageException("数据库完整性检查失败:" + e.getCause(), e.getCause());
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

    /** Asks the database a trivial question: throws when it cannot answer (what a health check wants to know). */
    public void ping() {
        jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The engine underneath, for the few statements that must be said differently on each. */
    public Engine engine() {
        return engine;
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
            LOG.debug("closing database {}", engine == Engine.SQLITE ? folder.database() : pool.getJdbcUrl());
            pool.close();
        }
    }
}
