package org.fazhi.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fazhi.model.ConflictException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.testing.DiskFault;
import org.fazhi.storage.testing.TempLedger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A full or read-only disk, as SQLite reports it, is recognised as such (so the user is told to free
 * space or fix the folder, not to restore a backup), and the write it stopped leaves nothing behind.
 */
class StorageFaultTest {
    @TempDir
    Path tmp;

    private static long count(TempLedger ledger, String table) {
        return ledger.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    private static List<String> integrity(TempLedger ledger) {
        return ledger.database().jdbi().withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list());
    }

    @Test
    void aFullDiskStopsTheWriteWholeAndTheLedgerStaysSound() {
        try (TempLedger ledger = TempLedger.onSqlite()) {
            Org county = ledger.org("某县人民政府", OrgKind.COUNTY_GOV, null);
            long orgsBefore = count(ledger, "orgs");
            long auditBefore = count(ledger, "audit_log");
            int saved = 0;
            RuntimeException refused = null;
            try (DiskFault full = DiskFault.full(ledger.database().jdbi())) {
                for (int i = 0; i < 5_000 && refused == null; i++) {
                    try {
                        ledger.org("第" + i + "个单位" + "很长的单位名称".repeat(7), OrgKind.DEPARTMENT, county);
                        saved++;
                    } catch (RuntimeException e) {
                        refused = e;
                    }
                }
                assertNotNull(refused, "the database grew past its limit");
                assertEquals(StorageFault.DISK_FULL, StorageFault.of(refused), String.valueOf(refused));
                // The unit and its audit entry are one transaction: neither is left half-written.
                assertEquals(orgsBefore + saved, count(ledger, "orgs"));
                assertEquals(auditBefore + saved, count(ledger, "audit_log"));
                assertEquals(List.of("ok"), integrity(ledger));
            }
            ledger.org("磁盘清理后新建的单位", OrgKind.DEPARTMENT, county);
            assertEquals(orgsBefore + saved + 1, count(ledger, "orgs"));
        }
    }

    @Test
    void aReadOnlyDiskRefusesEveryWriteAndStillReads() {
        try (TempLedger ledger = TempLedger.onSqlite()) {
            Org county = ledger.org("某县人民政府", OrgKind.COUNTY_GOV, null);
            try (DiskFault readOnly = DiskFault.readOnly(ledger.database().jdbi())) {
                RuntimeException e = assertThrows(RuntimeException.class, () -> ledger.org("县司法局", OrgKind.DEPARTMENT, county));
                assertEquals(StorageFault.READ_ONLY, StorageFault.of(e), String.valueOf(e));
                assertEquals(List.of(county), ledger.services().orgs().visible(Actor.SYSTEM));
            }
            ledger.org("县司法局", OrgKind.DEPARTMENT, county);
            assertEquals(2, count(ledger, "orgs"));
        }
    }

    @Test
    void aFileOpenedReadOnlyBySqliteIsAReadOnlyFault() {
        try (TempLedger ledger = TempLedger.onSqlite()) {
            ledger.org("某县人民政府", OrgKind.COUNTY_GOV, null);
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            SQLiteDataSource ds = new SQLiteDataSource(config);
            ds.setUrl("jdbc:sqlite:" + ledger.folder().database());
            JdbiException e = assertThrows(JdbiException.class, () -> Jdbi.create(ds).useHandle(h ->
                    h.execute("UPDATE orgs SET name = '改名' WHERE id = 1")));
            assertEquals(StorageFault.READ_ONLY, StorageFault.of(e), String.valueOf(e));
            assertEquals("某县人民政府", ledger.services().orgs().visible(Actor.SYSTEM).get(0).name());
        }
    }

    @Test
    void otherFailuresAreNotDiskFaults() {
        try (TempLedger ledger = TempLedger.onSqlite()) {
            RuntimeException duplicate = assertThrows(RuntimeException.class, () -> ledger.database().jdbi().useHandle(h -> {
                h.execute("INSERT INTO settings (key, value) VALUES ('x', '1')");
                h.execute("INSERT INTO settings (key, value) VALUES ('x', '2')");
            }));
            assertFalse(duplicate instanceof ConflictException);
            assertNull(StorageFault.of(duplicate), String.valueOf(duplicate));
            assertNull(StorageFault.of(new IllegalStateException("x")));
            assertNull(StorageFault.of(null));
        }
    }

    @Test
    void aDataFolderBelowAFileIsRefusedInChinese() throws Exception {
        Path file = Files.writeString(tmp.resolve("台账.txt"), "x");
        StorageException e = assertThrows(StorageException.class, () -> DataFolder.open(file.resolve("数据")));
        assertTrue(e.getMessage().startsWith("无法创建数据目录 " + file.resolve("数据")), e.getMessage());
        assertTrue(e.getMessage().contains("不是文件夹"), e.getMessage());
        assertFalse(e.getMessage().matches(".*[A-Za-z]{4,} [A-Za-z]{4,}.*"), "no English sentence: " + e.getMessage());
    }
}
