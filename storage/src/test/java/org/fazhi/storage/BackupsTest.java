package org.fazhi.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.db.PersonDao;
import org.fazhi.storage.testing.TempLedger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BackupsTest {
    @AutoClose
    final TempLedger ledger = TempLedger.onSqlite();
    final CoreServices s = ledger.services();
    Org bureau;

    @BeforeEach
    void open() {
        Org county = s.orgs().create(Actor.SYSTEM, Org.draft("某县人民政府", OrgKind.COUNTY_GOV, null));
        bureau = s.orgs().create(Actor.SYSTEM, Org.draft("县司法局", OrgKind.DEPARTMENT, county.id()));
        s.people().create(Actor.SYSTEM, Person.draft(bureau.id(), "张三", "局长", LeaderCategory.PRINCIPAL));
    }

    @Test
    void theCopyOpensAsALedgerWithTheRows() throws Exception {
        Path target = ledger.folder().root().resolve("手动 备份").resolve("2024年3月.db");
        Backups.backup(ledger.database().jdbi(), target);

        assertTrue(Files.isRegularFile(target));
        assertFalse(Files.exists(target.resolveSibling("2024年3月.db.part")), "no half-written file is left");
        // Restoring means using the copy as a data folder's fazhi.db: it must open with the program.
        Path restoredDir = ledger.folder().root().resolve("恢复 测试");
        DataFolder restored = DataFolder.open(restoredDir);
        Files.copy(target, restored.database());
        try (Database db = Database.open(restored, List.of())) {
            assertEquals(List.of(), db.appliedNow());
            CoreServices r = new CoreServices(db, TempLedger.ZONE);
            assertEquals(List.of("某县人民政府", "县司法局"), r.orgs().visible(Actor.SYSTEM).stream().map(Org::name).toList());
            assertEquals("张三", r.people().list(Actor.SYSTEM, org.fazhi.storage.core.PersonService.Filter.NONE,
                    org.fazhi.model.Page.FIRST).items().get(0).name());
        }
    }

    @Test
    void aBackupTakenWhileRowsAreBeingWrittenIsConsistent() throws Exception {
        Jdbi jdbi = ledger.database().jdbi();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch writing = new CountDownLatch(50);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<Integer> inserted = writer.submit(() -> {
            int n = 0;
            while (!stop.get()) {
                int i = n;
                jdbi.useTransaction(h -> h.attach(PersonDao.class)
                        .insert(Person.draft(bureau.id(), "干部" + i, "科员", LeaderCategory.STAFF), Instant.now()));
                n++;
                writing.countDown();
            }
            return n;
        });
        try {
            assertTrue(writing.await(20, TimeUnit.SECONDS), "the writer got going");
            Path target = ledger.folder().backups().resolve("运行中 备份.db");
            Backups.backup(jdbi, target);
            stop.set(true);
            int total = inserted.get(20, TimeUnit.SECONDS);

            Jdbi copy = Jdbi.create("jdbc:sqlite:" + target);
            assertEquals(List.of("ok"), copy.withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list()));
            int copied = copy.withHandle(h -> h.createQuery("SELECT count(*) FROM people").mapTo(Integer.class).one());
            // A snapshot: at least what was written before the backup began, never more than was written.
            assertTrue(copied >= 1 + 50 && copied <= 1 + total, copied + " of " + (1 + total));
            // A snapshot has no gaps: the staff rows copied are exactly 干部0 .. 干部(n-1).
            List<String> names = copy.withHandle(h -> h.createQuery(
                    "SELECT name FROM people WHERE category = 'STAFF' ORDER BY id").mapTo(String.class).list());
            for (int i = 0; i < names.size(); i++) {
                assertEquals("干部" + i, names.get(i));
            }
        } finally {
            stop.set(true);
            writer.shutdown();
            assertTrue(writer.awaitTermination(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void aFolderIsRefusedAsTheTarget() throws Exception {
        Path dir = Files.createDirectories(ledger.folder().root().resolve("U盘 备份"));
        StorageException e = assertThrows(StorageException.class, () -> Backups.backup(ledger.database().jdbi(), dir));
        assertTrue(e.getMessage().startsWith("备份目标 " + dir + " 是文件夹,请给出文件名"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing is written into the folder");
        }
    }

    @Test
    void anExistingBackupFileIsReplacedByTheNewCopy() throws Exception {
        Path target = ledger.folder().backups().resolve("每日备份.db");
        Backups.backup(ledger.database().jdbi(), target);
        s.people().create(Actor.SYSTEM, Person.draft(bureau.id(), "李四", "副局长", LeaderCategory.DEPUTY));
        Backups.backup(ledger.database().jdbi(), target);
        Jdbi copy = Jdbi.create("jdbc:sqlite:" + target);
        assertEquals(List.of("张三", "李四"), copy.withHandle(h -> h.createQuery("SELECT name FROM people ORDER BY id")
                .mapTo(String.class).list()));
    }
}
