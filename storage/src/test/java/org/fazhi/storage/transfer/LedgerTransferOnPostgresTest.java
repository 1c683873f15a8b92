package org.fazhi.storage.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.PostgresTarget;
import org.fazhi.storage.StorageException;
import org.fazhi.storage.TestModule;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.files.FileStore;
import org.fazhi.storage.files.ReferencedFiles;
import org.fazhi.storage.migrate.MigrationSet;
import org.fazhi.storage.testing.ScratchSchema;
import org.fazhi.storage.testing.TempLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** migrate-db's engine against a real PostgreSQL: a county's SQLite ledger with attachments moved into an empty schema. */
class LedgerTransferOnPostgresTest {
    static final MigrationSet FILES = MigrationSet.of("storage-files-test", LedgerTransferOnPostgresTest.class,
            "db/storage-files-test", "V1__test_files.sql");
    static final List<MigrationSet> MODULES = List.of(TestModule.MIGRATIONS, FILES);
    static final ReferencedFiles REFERENCES = new ReferencedFiles("test", "SELECT sha256 FROM test_files");

    @TempDir
    Path tmp;
    @RegisterExtension
    final ScratchSchema scratch = new ScratchSchema();
    final PostgresTarget schema = scratch.target();

    /** A county ledger on SQLite: units, people, an account, the audit lines of all that, module rows and a file. */
    private DataFolder county() {
        DataFolder folder = DataFolder.open(tmp.resolve("清河县 数据"));
        try (Database db = Database.open(folder, MODULES)) {
            CoreServices s = new CoreServices(db, TempLedger.ZONE);
            Org county = s.orgs().create(Actor.SYSTEM, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null));
            Org bureau = s.orgs().create(Actor.SYSTEM, Org.draft("清河县司法局", OrgKind.DEPARTMENT, county.id()));
            Person p = s.people().create(Actor.SYSTEM, Person.draft(bureau.id(), "张三", "局长", LeaderCategory.PRINCIPAL));
            s.users().create(Actor.SYSTEM, new UserAccount(null, "Sifaju", "司法局", Role.ORGANISER, bureau.id(), false, 0), "a long password 1");
            String hash = new FileStore(folder.attachments().resolve("test")).put("签到表".getBytes(StandardCharsets.UTF_8));
            db.jdbi().useHandle(h -> {
                h.execute("INSERT INTO test_ledger (org_id, person_id, note) VALUES (?, ?, '学法记录')", bureau.id(), p.id());
                h.execute("INSERT INTO test_files (label, sha256) VALUES ('签到表', ?)", hash);
            });
        }
        return folder;
    }

    @Test
    void aCountyMovesInWholeAndTheSharedInstanceCarriesOnFromIt() throws Exception {
        DataFolder from = county();
        DataFolder node = DataFolder.open(tmp.resolve("node")).withAttachments(tmp.resolve("共享附件"));
        LedgerTransfer.Result r = new LedgerTransfer(MODULES, List.of(REFERENCES)).copy(from, schema, node, false);
        assertEquals(2L, r.rows().get("orgs"));
        assertEquals(1L, r.rows().get("test_files"));
        assertTrue(r.rows().get("audit_log") >= 4, r.rows().toString());
        assertTrue(List.copyOf(r.rows().keySet()).indexOf("orgs") < List.copyOf(r.rows().keySet()).indexOf("people"),
                "parents before children: " + r.rows().keySet());
        assertEquals(1, r.attachments());
        try (Database pg = Database.open(schema, node, MODULES)) {
            CoreServices s = new CoreServices(pg, TempLedger.ZONE);
            assertEquals(List.of("清河县人民政府", "清河县司法局"), s.orgs().visible(Actor.SYSTEM).stream().map(Org::name).toList());
            assertTrue(s.users().authenticate("sifaju", "a long password 1").isPresent(), "names stay case-insensitive, the hash works");
            // New records get new ids after the copied ones, and the audit log goes on.
            Org next = s.orgs().create(Actor.SYSTEM, Org.draft("清河县财政局", OrgKind.DEPARTMENT, s.orgs().visible(Actor.SYSTEM).get(0).id()));
            assertEquals(3L, next.id());
            assertEquals(r.rows().get("audit_log") + 1, s.audit().find(Actor.SYSTEM, AuditFilter.NONE, Page.FIRST).total());
            String hash = pg.jdbi().withHandle(h -> h.createQuery("SELECT sha256 FROM test_files").mapTo(String.class).one());
            assertEquals("签到表", Files.readString(new FileStore(tmp.resolve("共享附件").resolve("test")).path(hash)));
        }
    }

    @Test
    void aDatabaseThatHoldsDataIsRefusedUnlessForcedAndThenReplaced() {
        DataFolder from = county();
        DataFolder node = DataFolder.open(tmp.resolve("node"));
        try (Database pg = Database.open(schema, node, MODULES)) {
            new CoreServices(pg, TempLedger.ZONE).orgs().create(Actor.SYSTEM, Org.draft("别的县人民政府", OrgKind.COUNTY_GOV, null));
        }
        LedgerTransfer transfer = new LedgerTransfer(MODULES, List.of(REFERENCES));
        StorageException e = assertThrows(StorageException.class, () -> transfer.copy(from, schema, node, false));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        try (Database pg = Database.open(schema, node, MODULES)) {
            assertEquals(List.of("别的县人民政府"), new CoreServices(pg, TempLedger.ZONE).orgs().visible(Actor.SYSTEM).stream().map(Org::name).toList());
        }
        transfer.copy(from, schema, node, true);
        try (Database pg = Database.open(schema, node, MODULES)) {
            assertEquals(List.of("清河县人民政府", "清河县司法局"),
                    new CoreServices(pg, TempLedger.ZONE).orgs().visible(Actor.SYSTEM).stream().map(Org::name).toList());
        }
    }
}
