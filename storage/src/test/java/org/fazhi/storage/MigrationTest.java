package org.fazhi.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.storage.core.CoreSchema;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.PersonService;
import org.fazhi.storage.core.db.PersonDao;
import org.fazhi.storage.migrate.Migration;
import org.fazhi.storage.migrate.MigrationSet;
import org.fazhi.storage.testing.TempLedger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upgrading a ledger written by an earlier version, and refusing one this program must not touch. */
class MigrationTest {
    @TempDir
    Path tmp;

    DataFolder folder;

    @BeforeEach
    void folder() {
        folder = DataFolder.open(tmp.resolve("法治台账 数据"));
    }

    @Test
    void anOlderLedgerIsUpgradedWithItsDataAndABackupOfTheOldFile() {
        long countyId;
        long bureauId;
        try (Database v1 = Database.openWith(folder, List.of(CoreSchema.MIGRATIONS.upTo(1)))) {
            assertEquals(List.of(1), v1.appliedNow().stream().map(Migration::version).toList());
            assertFalse(tableExists(v1.jdbi(), "users"), "V1 has no accounts yet");
            long[] ids = v1.jdbi().inTransaction(h -> {
                // V1's columns: today's DAO writes columns added later.
                String insert = "INSERT INTO orgs (name, kind, parent_id, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')";
                long county = h.createUpdate(insert).bind(0, "某县人民政府").bind(1, "COUNTY_GOV").bind(2, (Long) null)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                long bureau = h.createUpdate(insert).bind(0, "县司法局").bind(1, "DEPARTMENT").bind(2, county)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                h.attach(PersonDao.class).insert(Person.draft(bureau, "张三", "局长", LeaderCategory.PRINCIPAL), Instant.now());
                h.execute("INSERT INTO people (org_id, name, position, category, created_at, updated_at) "
                        + "VALUES (?, '李四', '副局长', 'DEPUTY', '2023-01-05T02:00:00Z', '2023-01-05T02:00:00Z')", bureau);
                return new long[] {county, bureau};
            });
            countyId = ids[0];
            bureauId = ids[1];
        }
        assertEquals(0, files(folder.backups()).size());

        try (Database upgraded = Database.open(folder, List.of())) {
            assertEquals(after(1), upgraded.appliedNow().stream().map(Migration::version).toList());
            assertTrue(tableExists(upgraded.jdbi(), "users"));
            assertTrue(tableExists(upgraded.jdbi(), "audit_log"));

            CoreServices s = new CoreServices(upgraded, TempLedger.ZONE);
            assertEquals(List.of("某县人民政府", "县司法局"), s.orgs().visible(Actor.SYSTEM).stream().map(Org::name).toList());
            assertEquals(countyId, s.orgs().get(Actor.SYSTEM, bureauId).parentId());
            List<Person> people = s.people().list(Actor.SYSTEM, new PersonService.Filter(bureauId, null, null), Page.FIRST).items();
            assertEquals(List.of("张三", "李四"), people.stream().map(Person::name).toList());
            assertEquals(LeaderCategory.DEPUTY, people.get(1).category());

            // The upgraded ledger is fully usable: accounts and the audit log work on the old units.
            s.users().create(Actor.SYSTEM, new UserAccount(null, "sifaju", "司法局", Role.ORGANISER, bureauId, false, 0),
                    "correct horse");
            assertEquals(1, s.audit().find(Actor.SYSTEM, AuditFilter.NONE, Page.FIRST).total());
        }

        List<Path> backups = files(folder.backups());
        assertEquals(1, backups.size(), "one backup before the upgrade: " + backups);
        Path backup = backups.get(0);
        assertTrue(backup.getFileName().toString().matches("before-upgrade-\\d{8}-\\d{6}-\\d{3}\\.db"), backup.toString());
        // The backup is the database as it was before the upgrade: V1 with its rows, no V2 tables.
        Jdbi old = Jdbi.create("jdbc:sqlite:" + backup);
        assertEquals(2, (int) old.withHandle(h -> h.createQuery("SELECT count(*) FROM orgs").mapTo(Integer.class).one()));
        assertEquals(2, (int) old.withHandle(h -> h.createQuery("SELECT count(*) FROM people").mapTo(Integer.class).one()));
        assertFalse(tableExists(old, "users"));
        assertEquals(List.of(1), old.withHandle(h -> h.createQuery("SELECT CAST(version AS INTEGER) FROM flyway_core")
                .mapTo(Integer.class).list()));

        // The next start has nothing to upgrade and writes no further backup.
        try (Database again = Database.open(folder, List.of())) {
            assertEquals(List.of(), again.appliedNow());
        }
        assertEquals(1, files(folder.backups()).size());
    }

    @Test
    void theEverydayStartKnowsTheSchemaIsCurrentFromFlywaysOwnChecksums() {
        try (Database db = Database.open(folder, List.of(TestModule.MIGRATIONS))) {
            for (Migration m : CoreSchema.MIGRATIONS.migrations()) {
                int stored = db.jdbi().withHandle(h -> h.createQuery("SELECT checksum FROM flyway_core WHERE version = :v")
                        .bind("v", String.valueOf(m.version())).mapTo(Integer.class).one());
                assertEquals(stored, org.fazhi.storage.migrate.MigrationSetAccess.flywayChecksum(m.sql()), "core V" + m.version());
            }
        }
        // A changed history row is not "current": the full path runs and refuses it (aChangedScriptIsRefused).
        try (Database db = Database.open(folder, List.of(TestModule.MIGRATIONS))) {
            assertEquals(List.of(), db.appliedNow());
        }
    }

    /** The core's versions after {@code v}, up to this program's newest. */
    private static List<Integer> after(int v) {
        return java.util.stream.IntStream.rangeClosed(v + 1, CoreSchema.MIGRATIONS.latestVersion()).boxed().toList();
    }

    @Test
    void aLedgerWrittenByANewerProgramIsRefusedAndNotTouched() {
        int latest = CoreSchema.MIGRATIONS.latestVersion();
        int future = latest + 1;
        try (Database db = Database.open(folder, List.of())) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO flyway_core (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (?, ?, 'from the future', 'SQL', 'V9__x.sql', 0, 'x', 0, 1)",
                    future, String.valueOf(future)));
        }
        StorageException e = assertThrows(StorageException.class, () -> Database.open(folder, List.of()));
        assertEquals("数据库由更新版本的程序写入(core 结构版本 " + future + "),本程序只支持到版本 " + latest + ",请使用新版程序打开",
                e.getMessage());
        assertEquals(0, files(folder.backups()).size());
        // Refused before anything ran: the future version is still the newest row, nothing was added or removed.
        Jdbi raw = Jdbi.create("jdbc:sqlite:" + folder.database());
        assertEquals(future, (int) raw.withHandle(h -> h.createQuery("SELECT count(*) FROM flyway_core").mapTo(Integer.class).one()));
    }

    @Test
    void anOlderProgramRefusesALedgerItWouldHaveToDowngrade() {
        try (Database db = Database.open(folder, List.of())) {
            assertEquals(CoreSchema.MIGRATIONS.latestVersion(), db.appliedNow().size());
        }
        StorageException e = assertThrows(StorageException.class,
                () -> Database.openWith(folder, List.of(CoreSchema.MIGRATIONS.upTo(1))));
        assertTrue(e.getMessage().contains("结构版本 " + CoreSchema.MIGRATIONS.latestVersion()) && e.getMessage().contains("只支持到版本 1"), e.getMessage());
    }

    @Test
    void aChangedScriptIsRefused() {
        try (Database db = Database.open(folder, List.of())) {
            db.jdbi().useHandle(h -> h.execute("UPDATE flyway_core SET checksum = 12345 WHERE version = '1'"));
        }
        StorageException e = assertThrows(StorageException.class, () -> Database.open(folder, List.of()));
        assertEquals("数据库结构脚本 core V1 与已应用的版本不一致,程序文件可能被改动,已停止以免损坏数据", e.getMessage());
    }

    @Test
    void aModuleAddedLaterGetsItsTablesAndTheCoreIsBackedUpFirst() {
        MigrationSet module = TestModule.MIGRATIONS;
        try (Database db = Database.open(folder, List.of())) {
            assertFalse(tableExists(db.jdbi(), "test_ledger"));
        }
        try (Database db = Database.open(folder, List.of(module))) {
            assertEquals(List.of("storage-test V1"), db.appliedNow().stream().map(m -> m.component() + " V" + m.version()).toList());
            assertTrue(tableExists(db.jdbi(), "test_ledger"));
        }
        assertEquals(1, files(folder.backups()).size());
        // Opening without the module leaves its tables and bookkeeping alone.
        try (Database db = Database.open(folder, List.of())) {
            assertEquals(List.of(), db.appliedNow());
            assertTrue(tableExists(db.jdbi(), "test_ledger"));
        }
    }

    /** A ledger written before Flyway: the core's tables and their versions in schema_migrations. */
    private Jdbi legacyLedger(int versions, String checksumOfV1) throws java.sql.SQLException {
        Jdbi raw = Jdbi.create(SqliteSettings.dataSource(folder.database()));
        raw.useHandle(h -> {
            h.execute("""
                    CREATE TABLE schema_migrations (component TEXT NOT NULL, version INTEGER NOT NULL,
                        description TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL,
                        PRIMARY KEY (component, version))""");
            for (Migration m : CoreSchema.MIGRATIONS.migrations().subList(0, versions)) {
                h.getConnection().unwrap(org.sqlite.SQLiteConnection.class).getDatabase()._exec(m.sql());
                h.execute("INSERT INTO schema_migrations VALUES ('core', ?, ?, ?, '2025-01-01T00:00:00Z')", m.version(),
                        m.description(), m.version() == 1 && checksumOfV1 != null ? checksumOfV1 : m.checksum());
            }
            h.execute("INSERT INTO orgs (name, kind, created_at, updated_at) VALUES ('旧县人民政府', 'COUNTY_GOV', 'x', 'x')");
        });
        return raw;
    }

    @Test
    void aLedgerFromBeforeFlywayIsTakenOverAtItsVersionWithItsData() throws Exception {
        legacyLedger(1, null);
        try (Database db = Database.open(folder, List.of())) {
            // V1 is not run again (it would fail on the existing tables); V2 and V3 are applied on top.
            assertEquals(after(1), db.appliedNow().stream().map(Migration::version).toList());
            assertEquals(List.of("旧县人民政府"), db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM orgs").mapTo(String.class).list()));
            assertEquals(java.util.stream.Stream.concat(java.util.stream.Stream.of("1 BASELINE"),
                    after(1).stream().map(v -> v + " SQL")).toList(), db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT version || ' ' || type FROM flyway_core ORDER BY installed_rank").mapTo(String.class).list()));
            assertEquals(java.util.Map.of("core", CoreSchema.MIGRATIONS.latestVersion()), org.fazhi.storage.migrate.SchemaVersions.read(db.jdbi(), Engine.SQLITE));
        }
        assertEquals(1, files(folder.backups()).size(), "the take-over is an upgrade: the old file is copied first");
        try (Database db = Database.open(folder, List.of())) {
            assertEquals(List.of(), db.appliedNow());
        }
        assertEquals(1, files(folder.backups()).size());
    }

    @Test
    void aLedgerFromBeforeFlywayWithAChangedScriptIsRefusedAndNotTouched() throws Exception {
        Jdbi raw = legacyLedger(2, "changed");
        StorageException e = assertThrows(StorageException.class, () -> Database.open(folder, List.of()));
        assertEquals("数据库结构脚本 core V1 与已应用的版本不一致,程序文件可能被改动,已停止以免损坏数据", e.getMessage());
        assertFalse(tableExists(raw, "flyway_core"));
        assertEquals(0, files(folder.backups()).size());
    }

    @Test
    void aDatabaseThatIsNotOursIsRefusedAndNotTouched() {
        Jdbi raw = Jdbi.create(SqliteSettings.dataSource(folder.database()));
        raw.useHandle(h -> h.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)"));
        StorageException e = assertThrows(StorageException.class, () -> Database.open(folder, List.of()));
        assertTrue(e.getMessage().contains("不是法治台账的数据库"), e.getMessage());
        assertFalse(tableExists(raw, "flyway_core"));
        assertFalse(tableExists(raw, "orgs"));
    }

    static boolean tableExists(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :t")
                .bind("t", table).mapTo(Integer.class).one()) == 1;
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
