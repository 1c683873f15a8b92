package org.fazhi.web.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.storage.backup.BackupArchive;
import org.fazhi.web.CliRun;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;
import org.fazhi.web.support.BusyWriter;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} while the real server keeps saving records with files, then {@code restore} into a
 * new folder: every record acknowledged before the backup began is back, every file byte for byte.
 */
class BackupRestoreTest {
    @TempDir
    Path tmp;

    private static WebServer serve(Path dir) {
        return WebServer.start(new ServerConfig("127.0.0.1", 0, dir, false));
    }

    @Test
    void aBackupTakenWhileTheServerWritesRestoresEveryAcknowledgedRecordAndFile() throws Exception {
        Path archive = tmp.resolve("U盘 备份").resolve("备份-2026-11-23.fazhi.zip");
        List<BackupLedger.Saved> before = new ArrayList<>();
        List<BackupLedger.Saved> during = Collections.synchronizedList(new ArrayList<>());
        CliRun backup;
        try (TestServer server = new TestServer()) {
            BackupLedger ledger = BackupLedger.create(server.server());
            for (int i = 0; i < 5; i++) {
                before.add(ledger.studyFile("备份前签到表" + i));
                before.add(ledger.evidenceFile("备份前佐证" + i));
            }
            // Someone keeps saving sessions with materials and evidence files while the backup runs.
            BusyWriter writer = BusyWriter.start(6,
                    i -> during.add(i % 2 == 0 ? ledger.studyFile("备份中签到表" + i) : ledger.evidenceFile("备份中佐证" + i)));
            assertTrue(writer.awaitFirst(Duration.ofSeconds(30)));
            // Everything acknowledged up to here must be in the archive.
            List<BackupLedger.Saved> acknowledged = new ArrayList<>(before);
            acknowledged.addAll(List.copyOf(during));
            int savedBeforeBackup = during.size();
            try {
                backup = CliRun.of("backup", "--to", archive.toString(), "--data", server.dataDir().toString());
            } finally {
                writer.stop(Duration.ofSeconds(30));
            }
            assertNull(writer.failed(), "the server kept saving during the backup");
            assertEquals(0, backup.exit(), backup.err());
            assertTrue(backup.out().startsWith("已备份到 " + archive + ":数据库 "), backup.out());
            assertTrue(backup.out().contains("个附件") && backup.out().contains("备份文件共"), backup.out());
            before.clear();
            before.addAll(acknowledged);
            assertTrue(during.size() > savedBeforeBackup, "the writer went on while the backup ran");
        }

        Path fresh = tmp.resolve("新电脑 数据");
        CliRun restore = CliRun.of("restore", "--from", archive.toString(), "--data", fresh.toString());
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().startsWith("已从 " + archive + " 恢复到 " + fresh), restore.out());
        try (WebServer restored = serve(fresh)) {
            for (BackupLedger.Saved s : before) {
                assertEquals(s.sha256(), BackupLedger.storedHash(restored, s), s + " is back with its file");
            }
            Map<String, String> files = BackupLedger.everyFile(restored);
            assertTrue(files.size() >= before.size(), files.size() + " files");
            files.forEach((row, hash) -> assertTrue(row.endsWith(":" + hash), "the file of " + row + " is " + hash));
            assertEquals("ok", restored.database().jdbi().withHandle(h -> h.createQuery("PRAGMA integrity_check")
                    .mapTo(String.class).one()));
            try (BackupArchive a = BackupArchive.open(archive)) {
                assertEquals(files.size(), a.manifest().attachments().size(), "one archived file per stored file");
            }
        }
    }

    @Test
    void restoreRefusesAFolderAServerIsRunningOn() throws Exception {
        Path archive = tmp.resolve("备份.fazhi.zip");
        try (TestServer server = new TestServer()) {
            BackupLedger ledger = BackupLedger.create(server.server());
            ledger.studyFile("签到表");
            assertEquals(0, CliRun.of("backup", "--to", archive.toString(), "--data", server.dataDir().toString()).exit());
            Org later = server.services().orgs().create(Actor.SYSTEM, Org.draft("备份后新建的单位", org.fazhi.model.org.OrgKind.UNIT,
                    ledger.unit.id()));
            Map<String, String> files = BackupLedger.contents(server.dataDir().resolve("attachments"));

            CliRun r = CliRun.of("restore", "--from", archive.toString(), "--data", server.dataDir().toString(), "--force");

            assertEquals(1, r.exit());
            assertTrue(r.oneChineseLine(), r.err());
            assertTrue(r.err().contains("正被") && r.err().contains("服务器") && r.err().contains("停止"), r.err());
            assertEquals(files, BackupLedger.contents(server.dataDir().resolve("attachments")));
            Http admin = server.login(TestServer.ADMIN);
            assertEquals(200, admin.get("/api/orgs/" + later.id()).status(), "the running server's data is untouched");
            try (var left = Files.list(server.dataDir())) {
                assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".restore")));
            }
        }
    }

    @Test
    void aSecondServerOnTheSameFolderIsRefused() {
        try (TestServer server = new TestServer()) {
            Exception e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> serve(server.dataDir()));
            assertTrue(e.getMessage().contains("正被"), e.getMessage());
            assertEquals(200, server.anonymous().get("/api/health").status());
        }
    }
}
