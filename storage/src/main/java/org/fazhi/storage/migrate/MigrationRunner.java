package org.fazhi.storage.migrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.fazhi.storage.Engine;
import org.fazhi.storage.StorageException;
import org.fazhi.storage.StorageFault;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings every component's tables up to date with Flyway, on SQLite and on PostgreSQL alike. Each
 * module (core, law-training, duty-tracking, report…) brings its own numbered scripts and may be
 * deployed without the others, so each has a Flyway history table of its own ({@code flyway_core},
 * {@code flyway_law_training}…). Flyway runs each script in a transaction with its history row, so a
 * crash mid-upgrade leaves the database at the last whole version; it pins applied scripts by checksum.
 * What Flyway leaves to its caller is done here, before anything is written: a database written by a
 * newer program, a changed script and a database that is not ours are refused with a Chinese message;
 * an upgrade of a database that already holds data runs the caller's {@code beforeUpgrade} first (the
 * SQLite copy to {@code backups/}); and SQLite ledgers from before Flyway, whose versions are in
 * {@code schema_migrations}, are taken over at the version they had reached (see {@link LegacyHistory}).
 */
public final class MigrationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private MigrationRunner() {
    }

    /**
     * Brings the database up to date.
     *
     * @param beforeUpgrade runs once before the first change to a database that already holds applied
     *                      migrations (an upgrade, not a first start): the place to back up
     * @return the migrations applied now
     */
    public static List<Migration> migrate(DataSource ds, Engine engine, List<MigrationSet> sets, Runnable beforeUpgrade) {
        Jdbi jdbi = Jdbi.create(ds);
        SchemaTables tables = SchemaTables.read(jdbi, engine);
        if (UpToDate.check(jdbi, engine, tables, sets)) {
            return List.of();
        }
        Map<String, Integer> legacy = LegacyHistory.takeOverVersions(jdbi, tables, sets);
        if (!tables.isEmpty() && !tables.hasHistory()) {
            throw new StorageException("数据库中已有其他数据表,但没有本程序的结构记录:它不是法治台账的数据库,"
                    + "为免损坏其中的数据,程序已停止(请指定一个空数据库或法治台账的数据文件夹)");
        }
        List<Flyway> flyways = new ArrayList<>();
        boolean holdsData = !legacy.isEmpty();
        boolean pending = !legacy.isEmpty();
        for (MigrationSet set : sets) {
            Flyway flyway = flyway(ds, engine, set, legacy.getOrDefault(set.component(), 0));
            if (tables.contains(set.historyTable())) {
                MigrationInfoService info = flyway.info();
                refuseNewer(set, info);
                refuseChanged(set, flyway);
                holdsData |= info.applied().length > 0;
                pending |= info.pending().length > 0;
            } else {
                pending = true;
            }
            flyways.add(flyway);
        }
        if (pending && holdsData) {
            beforeUpgrade.run();
        }
        List<Migration> applied = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            MigrationSet set = sets.get(i);
            Flyway flyway = flyways.get(i);
            if (legacy.containsKey(set.component()) && !tables.contains(set.historyTable())) {
                LOG.info("数据库结构 {} 由旧记录 schema_migrations 接管于版本 {}", set.component(), legacy.get(set.component()));
                flyway.baseline();
            }
            applied.addAll(run(set, engine, flyway));
        }
        return applied;
    }

    private static Flyway flyway(DataSource ds, Engine engine, MigrationSet set, int legacyVersion) {
        return Flyway.configure(MigrationRunner.class.getClassLoader())
                .dataSource(ds)
                .loggers("slf4j")
                .table(set.historyTable())
                .resourceProvider(new ScriptResources(set.folder(), set.migrations(engine)))
                .javaMigrationClassProvider(ScriptResources.NO_CLASSES)
                .placeholderReplacement(false)
                // Several components share one schema: a component's first start finds the other
                // components' tables there and starts its history at 0 instead of refusing.
                .baselineOnMigrate(legacyVersion == 0)
                .baselineVersion(String.valueOf(legacyVersion))
                .baselineDescription(legacyVersion == 0 ? "<< Flyway Baseline >>" : "schema_migrations")
                // Validation here is for changed scripts; pending ones are what migrate is for, and
                // newer ones are refused with our own message before it.
                .ignoreMigrationPatterns("*:pending", "*:future")
                .validateOnMigrate(false)
                .cleanDisabled(true)
                .load();
    }

    private static void refuseNewer(MigrationSet set, MigrationInfoService info) {
        MigrationInfo current = info.current();
        if (current != null && current.getVersion() != null
                && current.getVersion().getMajor().intValue() > set.latestVersion()) {
            throw newer(set, current.getVersion().getMajor().intValue());
        }
    }

    static StorageException newer(MigrationSet set, int version) {
        return new StorageException("数据库由更新版本的程序写入(" + set.component() + " 结构版本 " + version
                + "),本程序只支持到版本 " + set.latestVersion() + ",请使用新版程序打开");
    }

    private static void refuseChanged(MigrationSet set, Flyway flyway) {
        ValidateResult result = flyway.validateWithResult();
        if (!result.validationSuccessful) {
            String version = result.invalidMigrations.isEmpty() ? "?" : result.invalidMigrations.get(0).version;
            throw changed(set, version);
        }
    }

    static StorageException changed(MigrationSet set, Object version) {
        return new StorageException("数据库结构脚本 " + set.component() + " V" + version
                + " 与已应用的版本不一致,程序文件可能被改动,已停止以免损坏数据");
    }

    private static List<Migration> run(MigrationSet set, Engine engine, Flyway flyway) {
        MigrateResult result;
        try {
            result = flyway.migrate();
        } catch (FlywayException e) {
            StorageFault fault = StorageFault.of(e);
            if (fault != null) {
                throw new StorageException("无法升级数据库结构(" + set.component() + "):" + fault.message(), e);
            }
            throw new StorageException("数据库结构 " + set.component() + " 升级失败:" + e.getMessage(), e);
        }
        Map<String, Migration> byVersion = new HashMap<>();
        for (Migration m : set.migrations(engine)) {
            byVersion.put(String.valueOf(m.version()), m);
        }
        List<Migration> applied = new ArrayList<>();
        for (MigrateOutput out : result.migrations) {
            Migration m = byVersion.get(out.version);
            if (m != null) {
                LOG.info("已应用数据库结构 {} V{} ({})", m.component(), m.version(), m.description());
                applied.add(m);
            }
        }
        return applied;
    }
}
