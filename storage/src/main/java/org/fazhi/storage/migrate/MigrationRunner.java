package org.fazhi.storage.migrate;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.storage.StorageException;
import org.fazhi.storage.StorageFault;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;

/**
 * A small ordered migration runner rather than Flyway: Flyway keeps one version line per schema,
 * while here every module (core, law-training, duty-tracking) brings its own numbered scripts and
 * may be deployed without the others, so versions are kept per component in
 * {@code schema_migrations}. Each script runs in its own transaction with its bookkeeping row, so a
 * crash mid-upgrade leaves the database at the last whole version. Applied scripts are pinned by
 * checksum, and a database written by a newer program is refused rather than damaged.
 */
public final class MigrationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private MigrationRunner() {
    }

    /**
     * Brings the database up to date.
     *
     * @param clock         stamps each applied script's {@code applied_at}
     * @param beforeUpgrade runs once before the first script is applied to a database that already
     *                      holds applied migrations (an upgrade, not a first start): the place to back up
     * @return the migrations applied now
     */
    public static List<Migration> migrate(Jdbi jdbi, List<MigrationSet> sets, Clock clock, Runnable beforeUpgrade) {
        jdbi.useHandle(h -> h.execute("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    component   TEXT    NOT NULL,
                    version     INTEGER NOT NULL,
                    description TEXT    NOT NULL,
                    checksum    TEXT    NOT NULL,
                    applied_at  TEXT    NOT NULL,
                    PRIMARY KEY (component, version)
                )"""));
        Map<String, Map<Integer, String>> applied = appliedChecksums(jdbi);
        List<Migration> pending = new ArrayList<>();
        for (MigrationSet set : sets) {
            Map<Integer, String> done = applied.getOrDefault(set.component(), Map.of());
            verify(set, done);
            for (Migration m : set.migrations()) {
                if (!done.containsKey(m.version())) {
                    pending.add(m);
                }
            }
        }
        if (!pending.isEmpty() && !applied.isEmpty()) {
            beforeUpgrade.run();
        }
        for (Migration m : pending) {
            apply(jdbi, m, clock);
        }
        return pending;
    }

    private static void verify(MigrationSet set, Map<Integer, String> done) {
        for (Map.Entry<Integer, String> e : done.entrySet()) {
            if (e.getKey() > set.latestVersion()) {
                throw new StorageException("数据库由更新版本的程序写入(" + set.component() + " 结构版本 " + e.getKey()
                        + "),本程序只支持到版本 " + set.latestVersion() + ",请使用新版程序打开");
            }
            Migration m = set.migrations().get(e.getKey() - 1);
            if (!m.checksum().equals(e.getValue())) {
                throw new StorageException("数据库结构脚本 " + set.component() + " V" + m.version()
                        + " 与已应用的版本不一致,程序文件可能被改动,已停止以免损坏数据");
            }
        }
    }

    private static Map<String, Map<Integer, String>> appliedChecksums(Jdbi jdbi) {
        Map<String, Map<Integer, String>> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT component, version, checksum FROM schema_migrations")
                .map((rs, ctx) -> {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getString(3));
                    return null;
                })
                .list());
        return out;
    }

    private static void apply(Jdbi jdbi, Migration m, Clock clock) {
        LOG.info("应用数据库结构 {} V{} ({})", m.component(), m.version(), m.description());
        jdbi.useTransaction(h -> {
            execScript(h, m);
            h.createUpdate("""
                    INSERT INTO schema_migrations (component, version, description, checksum, applied_at)
                    VALUES (:c, :v, :d, :s, :t)""")
                    .bind("c", m.component())
                    .bind("v", m.version())
                    .bind("d", m.description())
                    .bind("s", m.checksum())
                    .bind("t", Instant.now(clock).toString())
                    .execute();
        });
    }

    /** SQLite itself splits the script (triggers have semicolons inside BEGIN…END). */
    private static void execScript(Handle h, Migration m) {
        try {
            h.getConnection().unwrap(SQLiteConnection.class).getDatabase()._exec(m.sql());
        } catch (SQLException e) {
            StorageFault fault = StorageFault.of(e);
            if (fault != null) {
                throw new StorageException("无法升级数据库结构(" + m.component() + " V" + m.version() + "):" + fault.message(), e);
            }
            throw new StorageException("数据库结构脚本 " + m.component() + " V" + m.version() + " 执行失败:" + e.getMessage(), e);
        }
    }
}
