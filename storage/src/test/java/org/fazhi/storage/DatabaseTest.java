package org.fazhi.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.core.CoreSchema;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.migrate.Migration;
import org.fazhi.storage.testing.TempLedger;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void everyPooledConnectionCarriesTheDurableSettings() {
        try (TempLedger ledger = TempLedger.onSqlite()) {
            // Hold several handles at once so the pool has to open new connections, not reuse one.
            List<Handle> handles = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    handles.add(ledger.database().jdbi().open());
                }
                for (Handle h : handles) {
                    assertEquals("wal", pragma(h, "journal_mode"));
                    assertEquals("1", pragma(h, "foreign_keys"));
                    assertTrue(Integer.parseInt(pragma(h, "busy_timeout")) >= 5000, pragma(h, "busy_timeout"));
                    assertEquals("2", pragma(h, "synchronous"), "synchronous must be FULL");
                }
            } finally {
                handles.forEach(Handle::close);
            }
        }
    }

    @Test
    void aNewDatabaseRecordsTheCoreMigrations() {
        try (TempLedger ledger = TempLedger.onSqlite()) {
            assertEquals(List.of(1, 2, 3, 4, 5), ledger.database().appliedNow().stream().map(Migration::version).toList());
            List<String> rows = ledger.database().jdbi().withHandle(h -> h.createQuery(
                            "SELECT 'core V' || version || ' ' || description FROM flyway_core ORDER BY installed_rank")
                    .mapTo(String.class).list());
            assertEquals(List.of("core V1 orgs people", "core V2 accounts audit", "core V3 login failures", "core V4 org codes",
                    "core V5 received units"), rows);
            assertTrue(ledger.folder().database().toString().contains("法治台账 数据"));
            // A first start has nothing to back up.
            assertEquals(0, count(ledger.folder().backups()));
        }
    }

    @Test
    void openingAgainAppliesNothingAndKeepsTheData() {
        DataFolder folder = DataFolder.open(tmp.resolve("县 司法局").resolve("法治台账 数据"));
        try (Database db = Database.open(folder, List.of())) {
            new CoreServices(db, TempLedger.ZONE).orgs()
                    .create(Actor.SYSTEM, Org.draft("某县人民政府", OrgKind.COUNTY_GOV, null));
        }
        try (Database db = Database.open(folder, List.of())) {
            assertEquals(List.of(), db.appliedNow());
            assertEquals(CoreSchema.MIGRATIONS.latestVersion(), (int) db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM flyway_core")
                    .mapTo(Integer.class).one()));
            assertEquals(List.of("某县人民政府"), db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM orgs")
                    .mapTo(String.class).list()));
        }
        assertEquals(0, count(folder.backups()), "no upgrade happened, so no backup is written");
        assertTrue(Files.isRegularFile(tmp.resolve("县 司法局/法治台账 数据/fazhi.db")));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedInChineseAndLeftAlone() throws Exception {
        DataFolder folder = DataFolder.open(tmp.resolve("法治台账 数据"));
        byte[] garbage = "这不是数据库文件,是一份被误放在这里的文本。\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(folder.database(), garbage);

        long start = System.nanoTime();
        StorageException e = assertThrows(StorageException.class, () -> Database.open(folder, List.of()).close());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(e.getMessage().startsWith("无法打开数据库 " + folder.database()), e.getMessage());
        assertTrue(e.getMessage().contains("不是本程序的数据库或已损坏"), e.getMessage());
        assertTrue(e.getMessage().contains("请从备份恢复"), e.getMessage());
        // The person at the console is told at once, not after the pool's 30 s connection timeout.
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
        assertArrayEquals(garbage, Files.readAllBytes(folder.database()), "the file must not be touched");
    }

    @Test
    void aDamagedLedgerIsRefusedInChineseBeforeAnythingWritesToIt() throws Exception {
        DataFolder folder = DataFolder.open(tmp.resolve("法治台账 数据"));
        int indexRoot;
        int pageSize;
        try (Database db = Database.open(folder, List.of())) {
            CoreServices s = new CoreServices(db, TempLedger.ZONE);
            Org bureau = s.orgs().create(Actor.SYSTEM, Org.draft("县司法局", OrgKind.DEPARTMENT, null));
            db.jdbi().useTransaction(h -> {
                for (int i = 0; i < 2000; i++) {
                    h.execute("INSERT INTO people (org_id, name, category, created_at, updated_at) "
                            + "VALUES (?, ?, 'STAFF', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')", bureau.id(), "干部" + i);
                }
            });
            indexRoot = db.jdbi().withHandle(h -> h.createQuery("SELECT rootpage FROM sqlite_master WHERE name = 'people_org'")
                    .mapTo(Integer.class).one());
            pageSize = db.jdbi().withHandle(h -> Integer.parseInt(pragma(h, "page_size")));
        }
        // A bad sector: one page of an index overwritten with rubbish.
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(folder.database().toFile(), "rw")) {
            f.seek((long) (indexRoot - 1) * pageSize);
            byte[] rubbish = new byte[pageSize];
            java.util.Arrays.fill(rubbish, (byte) 0x7f);
            f.write(rubbish);
        }
        byte[] damaged = Files.readAllBytes(folder.database());

        StorageException e = assertThrows(StorageException.class, () -> Database.open(folder, List.of()).close());
        assertTrue(e.getMessage().startsWith("无法打开数据库 " + folder.database())
                || e.getMessage().startsWith("数据库 " + folder.database() + " 完整性检查未通过"), e.getMessage());
        assertTrue(e.getMessage().contains("备份恢复"), e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(folder.database()), "a damaged file must not be written to");
        assertEquals(0, count(folder.backups()));
    }

    @Test
    void aDataFolderThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("法治台账 数据"), "x");
        StorageException e = assertThrows(StorageException.class, () -> DataFolder.open(file));
        assertEquals("数据目录 " + file.toAbsolutePath() + " 是一个文件,不是文件夹", e.getMessage());
    }

    @Test
    void closingTwiceIsHarmless() {
        TempLedger ledger = TempLedger.onSqlite();
        ledger.database().close();
        ledger.close();
        assertFalse(Files.exists(ledger.folder().root()), "TempLedger deletes its folder");
    }

    static String pragma(Handle h, String name) {
        return h.createQuery("PRAGMA " + name).mapTo(String.class).one();
    }

    static long count(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
