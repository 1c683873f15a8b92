package org.fazhi.web.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.storage.backup.BackupManifest;
import org.fazhi.web.CliRun;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code restore} and {@code backup} as an administrator types them, against stopped servers' folders:
 * refusals end with one Chinese line, exit 1 and nothing changed; {@code --force} keeps the old data.
 */
class RestoreCliTest {
    @TempDir
    Path tmp;
    /** A stopped server's folder with 县司法局 and one material, and its backup. */
    Path office;
    Path archive;
    BackupLedger.Saved material;

    @BeforeEach
    void ledgerAndBackup() {
        office = tmp.resolve("法治台账 数据");
        try (WebServer server = serve(office)) {
            material = BackupLedger.create(server).studyFile("会议签到表");
        }
        archive = tmp.resolve("备份-2026-11-23.fazhi.zip");
        CliRun r = CliRun.of("backup", "--to", archive.toString(), "--data", office.toString());
        assertEquals(0, r.exit(), r.err());
    }

    private static WebServer serve(Path dir) {
        return WebServer.start(new ServerConfig("127.0.0.1", 0, dir, false));
    }

    private static List<String> orgNames(WebServer server) {
        return server.services().orgs().visible(Actor.SYSTEM).stream().map(Org::name).toList();
    }

    @Test
    void forceMovesTheOldDataAsideAndPutsTheBackupInItsPlace() throws Exception {
        Path other = tmp.resolve("另一个 数据");
        BackupLedger.Saved otherFile;
        try (WebServer server = serve(other)) {
            otherFile = BackupLedger.create(server).evidenceFile("另一台电脑的佐证");
            server.services().orgs().create(Actor.SYSTEM, Org.draft("只在另一台电脑上的单位", org.fazhi.model.org.OrgKind.UNIT, null));
        }
        Map<String, String> before = BackupLedger.contents(other);

        CliRun refused = CliRun.of("restore", "--from", archive.toString(), "--data", other.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.oneChineseLine(), refused.err());
        assertTrue(refused.err().contains("已有数据") && refused.err().contains("--force"), refused.err());
        assertEquals(before, BackupLedger.contents(other), "nothing changed");

        CliRun r = CliRun.of("restore", "--from", archive.toString(), "--data", other.toString(), "--force");

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("原有数据已移到 " + other.resolve("backups").resolve("restore-")), r.out());
        String createdAt;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry(BackupManifest.MANIFEST)).readAllBytes(),
                    StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"createdAt\"\\s*:\\s*\"([^\"]+)\"").matcher(manifest);
            assertTrue(m.find(), manifest);
            createdAt = m.group(1);
        }
        String minute = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(java.time.Instant.parse(createdAt).atZone(java.time.ZoneId.systemDefault()));
        assertTrue(r.out().contains("备份时间 " + minute + ";") && !r.out().contains(createdAt),
                "the backup's time in the ledger's zone to the minute, not " + createdAt + ": " + r.out());
        Path aside;
        try (var s = Files.list(other.resolve("backups"))) {
            aside = s.filter(p -> p.getFileName().toString().startsWith("restore-")).findFirst().orElseThrow();
        }
        assertEquals(before.get("fazhi.db"), BackupLedger.contents(aside).get("fazhi.db"), "the old database is kept whole");
        String oldFile = BackupManifest.attachmentPath("duty", otherFile.sha256());
        assertEquals(before.get(oldFile.replace('/', java.io.File.separatorChar)),
                BackupLedger.contents(aside).get(oldFile.replace('/', java.io.File.separatorChar)), "and its files");
        try (WebServer server = serve(other)) {
            assertFalse(orgNames(server).contains("只在另一台电脑上的单位"), orgNames(server).toString());
            assertTrue(orgNames(server).contains("县司法局"));
            assertEquals(material.sha256(), BackupLedger.storedHash(server, material));
        }
    }

    @Test
    void aTamperedArchiveAndFilesThatAreNotBackupsAreRefusedAndNothingChanges() throws Exception {
        Path tampered = tmp.resolve("被改过.fazhi.zip");
        String entry = BackupManifest.attachmentPath("study", material.sha256());
        copyChanging(archive, tampered, entry, "偷偷换掉的签到表".getBytes(StandardCharsets.UTF_8));
        Path text = Files.writeString(tmp.resolve("通知.txt"), "这不是备份文件");
        Path oldStyle = tmp.resolve("旧式备份.db");
        Files.copy(office.resolve("fazhi.db"), oldStyle);
        Map<String, String> before = BackupLedger.contents(office);

        Map<Path, String> cases = Map.of(tampered, "已损坏或被改动", text, "不是有效的法治台账备份",
                oldStyle, "不是有效的法治台账备份", tmp.resolve("不存在.fazhi.zip"), "不存在");
        for (Map.Entry<Path, String> c : cases.entrySet()) {
            CliRun r = CliRun.of("restore", "--from", c.getKey().toString(), "--data", office.toString(), "--force");
            assertEquals(1, r.exit(), c.getKey().toString());
            assertTrue(r.oneChineseLine(), r.err());
            assertTrue(r.err().contains(c.getValue()) && r.err().contains("未做任何改动"), r.err());
        }
        assertEquals(before, BackupLedger.contents(office), "the data folder is exactly as it was");
        Path fresh = tmp.resolve("新 目录");
        assertEquals(1, CliRun.of("restore", "--from", tampered.toString(), "--data", fresh.toString()).exit());
        assertFalse(Files.exists(fresh), "a refused restore leaves no new folder behind");
    }

    @Test
    void backupKeepsAnExistingFileUnlessForced() throws Exception {
        CliRun again = CliRun.of("backup", "--to", archive.toString(), "--data", office.toString());
        assertEquals(1, again.exit());
        assertTrue(again.oneChineseLine(), again.err());
        assertTrue(again.err().contains("已存在") && again.err().contains("--force"), again.err());
        long before = Files.size(archive);

        try (WebServer server = serve(office)) {
            BackupLedger.reopen(server).studyFile("补充的签到表");
        }
        CliRun forced = CliRun.of("backup", "--to", archive.toString(), "--data", office.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.size(archive) > before, "the archive was replaced by the newer one");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertEquals(2, zip.stream().filter(e -> e.getName().startsWith("attachments/")).count());
        }
    }

    @Test
    void usageErrorsAndHelp() {
        CliRun noFrom = CliRun.of("restore", "--data", tmp.resolve("x").toString());
        assertEquals(2, noFrom.exit());
        assertTrue(noFrom.err().contains("缺少必需的选项 --from"), noFrom.err());
        assertFalse(Files.exists(tmp.resolve("x")));

        CliRun help = CliRun.of("restore", "--help");
        assertEquals(0, help.exit());
        for (String s : List.of("--from", "--data", "--force", "backups/restore-")) {
            assertTrue(help.out().contains(s), "restore --help mentions " + s + ":\n" + help.out());
        }
        CliRun top = CliRun.of("--help");
        assertTrue(top.out().contains("restore --from FILE") && top.out().contains("备份-2026-11-23.fazhi.zip"), top.out());
        CliRun backup = CliRun.of("backup", "--help");
        assertTrue(backup.out().contains("--force") && backup.out().contains(".fazhi.zip"), backup.out());
    }

    private static void copyChanging(Path from, Path to, String entry, byte[] bytes) throws Exception {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(entry) ? bytes : in.getInputStream(e).readAllBytes());
                out.closeEntry();
            }
        }
    }
}
