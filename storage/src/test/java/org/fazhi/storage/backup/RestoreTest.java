package org.fazhi.storage.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.FolderLock;
import org.fazhi.storage.StorageException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore checks everything before it replaces anything, keeps the old data, and survives a crash mid-swap. */
class RestoreTest {
    private static final byte[] MINUTES = "会议纪要".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PHOTO = "现场照片".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;
    Path archive;
    String minutes;

    @BeforeEach
    void backup() {
        try (BackupFixture ledger = new BackupFixture(tmp.resolve("原 数据"))) {
            minutes = ledger.attach("纪要", MINUTES);
            ledger.attach("照片", PHOTO);
            archive = ledger.writer().write(tmp.resolve("备份-2026-11-23.fazhi.zip"), false).file();
        }
    }

    private Restore restore() {
        return new Restore(BackupFixture.MODULES, Clock.systemUTC());
    }

    /** A data folder holding other data, closed, as an office's folder is while the server is stopped. */
    private Path otherLedger(String name) {
        Path dir = tmp.resolve(name);
        try (BackupFixture other = new BackupFixture(dir)) {
            other.attach("别的记录", "别的文件".getBytes(StandardCharsets.UTF_8));
        }
        return dir;
    }

    @Test
    void aFreshFolderGetsEveryRecordAndEveryFileBack() throws Exception {
        Path dir = tmp.resolve("新 电脑").resolve("数据");
        Restore.Result r = restore().run(archive, dir, false);

        assertEquals(dir, r.dataDir());
        assertEquals(null, r.previous(), "nothing was there to move aside");
        assertEquals(List.of("纪要", "照片"), BackupFixture.labels(dir));
        assertArrayEquals(MINUTES, Files.readAllBytes(dir.resolve(BackupManifest.attachmentPath("test", minutes))));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".restore")
                    || p.getFileName().toString().equals("restore.pending")), "no staging folder or journal is left");
        }
    }

    @Test
    void aFolderWithDataIsRefusedWithoutForceAndMovedAsideWithIt() throws Exception {
        Path dir = otherLedger("办公室 数据");
        Map<String, String> before = BackupFixture.contents(dir);

        StorageException refused = assertThrows(StorageException.class, () -> restore().run(archive, dir, false));
        assertTrue(refused.getMessage().contains("已有数据") && refused.getMessage().contains("--force"), refused.getMessage());
        assertEquals(before, withoutLock(BackupFixture.contents(dir)), "nothing changed");

        Restore.Result r = restore().run(archive, dir, true);

        assertEquals(List.of("纪要", "照片"), BackupFixture.labels(dir));
        Path aside = r.previous();
        assertNotNull(aside);
        assertTrue(aside.getFileName().toString().startsWith("restore-") && aside.getParent().equals(dir.resolve("backups")), aside.toString());
        Map<String, String> kept = BackupFixture.contents(aside);
        assertEquals(before.get("fazhi.db"), kept.get("fazhi.db"), "the previous database is kept, byte for byte");
        assertEquals(before.keySet().stream().filter(p -> p.startsWith("attachments")).toList(),
                kept.keySet().stream().filter(p -> p.startsWith("attachments")).toList(), "the previous attachments are kept too");
        assertEquals(List.of("别的记录"), BackupFixture.labels(aside));
    }

    @Test
    void aFolderInUseIsRefused() throws Exception {
        Path dir = otherLedger("运行中");
        Map<String, String> before = BackupFixture.contents(dir);
        try (FolderLock serverHolds = FolderLock.acquire(DataFolder.open(dir), "服务器")) {
            StorageException e = assertThrows(StorageException.class, () -> restore().run(archive, dir, true));
            assertTrue(e.getMessage().contains("正被") && e.getMessage().contains("停止服务器"), e.getMessage());
        }
        assertEquals(before, withoutLock(BackupFixture.contents(dir)));
    }

    @Test
    void aTamperedArchiveIsRefusedAndNothingChanges() throws Exception {
        Path dir = otherLedger("篡改 检查");
        Map<String, String> before = BackupFixture.contents(dir);
        Path tampered = tmp.resolve("被改过.fazhi.zip");
        String entry = BackupManifest.attachmentPath("test", minutes);
        BackupFixture.rewrite(archive, tampered, Map.of(entry, b -> "改过的纪要".getBytes(StandardCharsets.UTF_8)));

        StorageException e = assertThrows(StorageException.class, () -> restore().run(tampered, dir, true));

        assertTrue(e.getMessage().contains("已损坏或被改动") && e.getMessage().contains(entry), e.getMessage());
        assertEquals(before, withoutLock(BackupFixture.contents(dir)), "the folder is as it was, no staging folder left");
        Path fresh = tmp.resolve("不存在的 目录");
        assertThrows(StorageException.class, () -> restore().run(tampered, fresh, false));
        assertFalse(Files.exists(fresh), "a folder the refused restore created is removed again");
    }

    @Test
    void filesThatAreNotOurArchivesAreRefusedBeforeTheFolderIsTouched() throws Exception {
        Path dir = otherLedger("目标");
        Map<String, String> before = BackupFixture.contents(dir);
        Path text = Files.writeString(tmp.resolve("笔记.txt"), "这不是备份");
        Path noManifest = tmp.resolve("没有清单.zip");
        BackupFixture.rewrite(archive, noManifest, Map.of("manifest.json", b -> null));
        Path extra = tmp.resolve("夹带.zip");
        BackupFixture.rewrite(archive, extra, Map.of(), Map.of("../../evil.sh", "#!/bin/sh".getBytes(StandardCharsets.UTF_8)));
        Path newer = tmp.resolve("新版本.zip");
        BackupFixture.rewrite(archive, newer, Map.of("manifest.json",
                b -> new String(b, StandardCharsets.UTF_8).replace("\"core\" : " + org.fazhi.storage.core.CoreSchema.MIGRATIONS.latestVersion(), "\"core\" : 99").getBytes(StandardCharsets.UTF_8)));
        Path truncated = tmp.resolve("截断.fazhi.zip");
        byte[] whole = Files.readAllBytes(archive);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));

        Map<Path, String> expected = Map.of(text, "不是有效的法治台账备份", noManifest, "缺少清单", extra, "清单之外",
                newer, "更新版本", truncated, "不是有效的法治台账备份", tmp.resolve("没有这个文件.zip"), "不存在");
        for (Map.Entry<Path, String> c : expected.entrySet()) {
            StorageException e = assertThrows(StorageException.class, () -> restore().run(c.getKey(), dir, true), c.getKey().toString());
            assertTrue(e.getMessage().contains(c.getValue()), c.getKey() + ": " + e.getMessage());
        }
        assertEquals(before, withoutLock(BackupFixture.contents(dir)));
    }

    @Test
    void aRestoreInterruptedMidSwapIsFinishedWhenTheFolderIsNextOpened() throws Exception {
        Path dir = otherLedger("断电 测试");
        DataFolder folder = DataFolder.open(dir);
        // What Restore does up to the swap, then a "power cut" after the old database went aside.
        Path staging = dir.resolve(".restore-20261123-100000");
        try (BackupArchive a = BackupArchive.open(archive)) {
            a.extractTo(staging);
        }
        Files.createDirectories(staging.resolve("attachments"));
        RestoreJournal.begin(folder, staging, "backups/restore-20261123-100000");
        Files.createDirectories(dir.resolve("backups/restore-20261123-100000"));
        Files.move(folder.database(), dir.resolve("backups/restore-20261123-100000/fazhi.db"));
        assertFalse(Files.exists(folder.database()), "the folder has no database at this moment");

        try (Database db = Database.open(folder, BackupFixture.MODULES)) {
            List<String> labels = db.jdbi().withHandle(h -> h.createQuery("SELECT label FROM test_files ORDER BY id")
                    .mapTo(String.class).list());
            assertEquals(List.of("纪要", "照片"), labels, "opening the folder finished the restore");
        }
        assertArrayEquals(PHOTO, Files.readAllBytes(dir.resolve(BackupManifest.attachmentPath("test",
                org.fazhi.storage.files.FileStore.sha256(PHOTO)))));
        assertFalse(Files.exists(staging));
        assertFalse(Files.exists(dir.resolve("restore.pending")));
        assertEquals(List.of("别的记录"), BackupFixture.labels(dir.resolve("backups/restore-20261123-100000")));
    }

    private static Map<String, String> withoutLock(Map<String, String> contents) {
        contents.remove(FolderLock.FILE);
        return contents;
    }
}
