package org.fazhi.storage.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.fazhi.storage.StorageException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One archive holds the database snapshot and exactly the files it points at, each checked. */
class BackupWriterTest {
    @TempDir
    Path tmp;
    @AutoClose
    BackupFixture ledger;

    @BeforeEach
    void open() {
        ledger = new BackupFixture(tmp.resolve("法治台账 数据"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theArchiveHoldsTheDatabaseTheReferencedFilesAndAManifestOfThem() throws Exception {
        String a = ledger.attach("签到表", bytes("签到表内容"));
        String b = ledger.attach("照片", bytes("照片内容"));
        ledger.attach("同一张照片", bytes("照片内容"));
        String orphan = ledger.store.put(bytes("没有记录指向的文件"));
        Path target = tmp.resolve("U盘 备份").resolve("备份-2026-11-23.fazhi.zip");

        BackupResult r = ledger.writer().write(target, false);

        assertEquals(target, r.file());
        assertEquals(2, r.attachments(), "a file two rows share is stored once");
        assertEquals(Files.size(target), r.size());
        try (ZipFile zip = new ZipFile(target.toFile())) {
            Set<String> names = zip.stream().map(e -> e.getName()).collect(Collectors.toSet());
            assertEquals(Set.of("fazhi.db", "manifest.json", BackupManifest.attachmentPath("test", a),
                    BackupManifest.attachmentPath("test", b)), names, "the unreferenced " + orphan + " is left out");
        }
        try (BackupArchive archive = BackupArchive.open(target)) {
            BackupManifest m = archive.manifest();
            assertEquals("fazhi-backup", m.format());
            assertEquals("test-1.0", m.appVersion());
            assertEquals(Map.of("core", org.fazhi.storage.core.CoreSchema.MIGRATIONS.latestVersion(), "storage-files-test", 1), m.schema());
            assertEquals(Set.of(a, b), m.attachments().stream().map(BackupManifest.Entry::sha256).collect(Collectors.toSet()));
            assertEquals(r.databaseSize(), m.database().size());
            Path out = tmp.resolve("解包");
            archive.extractTo(out);
            assertArrayEquals(bytes("签到表内容"), Files.readAllBytes(out.resolve(BackupManifest.attachmentPath("test", a))));
        }
        try (var left = Files.list(target.getParent())) {
            assertEquals(List.of(target), left.toList(), "no snapshot or .part file is left beside the archive");
        }
    }

    @Test
    void anExistingFileIsKeptUnlessReplacingIsAsked() throws Exception {
        Path target = tmp.resolve("备份.fazhi.zip");
        Files.writeString(target, "上个月的备份");
        StorageException e = assertThrows(StorageException.class, () -> ledger.writer().write(target, false));
        assertTrue(e.getMessage().contains("已存在") && e.getMessage().contains("--force"), e.getMessage());
        assertEquals("上个月的备份", Files.readString(target));

        ledger.attach("纪要", bytes("纪要"));
        assertEquals(1, ledger.writer().write(target, true).attachments());
        try (BackupArchive archive = BackupArchive.open(target)) {
            assertEquals(1, archive.manifest().attachments().size());
        }
    }

    @Test
    void aFolderIsRefusedAsTheTarget() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("备份 文件夹"));
        StorageException e = assertThrows(StorageException.class, () -> ledger.writer().write(dir, false));
        assertTrue(e.getMessage().contains("是文件夹"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aReferencedFileThatIsGoneFailsLoudlyAndLeavesNoArchive() throws Exception {
        String hash = ledger.attach("照片", bytes("会丢失的照片"));
        Files.delete(ledger.store.path(hash));
        Path target = tmp.resolve("备份.fazhi.zip");

        StorageException e = assertThrows(StorageException.class, () -> ledger.writer().write(target, false));

        assertTrue(e.getMessage().contains("附件文件不存在") && e.getMessage().contains(hash), e.getMessage());
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(ledger.root()), left.toList(), "neither the archive nor a temp file is left");
        }
    }

    @Test
    void aDamagedAttachmentIsRefused() throws Exception {
        String hash = ledger.attach("照片", bytes("原来的照片"));
        Files.writeString(ledger.store.path(hash), "被改坏的内容");
        StorageException e = assertThrows(StorageException.class,
                () -> ledger.writer().write(tmp.resolve("备份.fazhi.zip"), false));
        assertTrue(e.getMessage().contains("已损坏"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("备份.fazhi.zip")));
    }

    @Test
    void aFileDeletedRightAfterTheSnapshotIsHandledByTakingAnotherSnapshot() throws Exception {
        String kept = ledger.attach("留下的", bytes("留下的文件"));
        String doomed = ledger.attach("被删的", bytes("快照之后被删除的文件"));
        BackupWriter writer = ledger.writer();
        java.util.concurrent.atomic.AtomicInteger snapshots = new java.util.concurrent.atomic.AtomicInteger();
        // Someone deletes the record (and so its file) after the first snapshot, before its files are copied.
        writer.afterSnapshot = () -> {
            if (snapshots.incrementAndGet() == 1) {
                ledger.db.jdbi().useHandle(h -> h.execute("DELETE FROM test_files WHERE sha256 = ?", doomed));
                ledger.store.delete(doomed);
            }
        };

        BackupResult r = writer.write(tmp.resolve("备份.fazhi.zip"), false);

        assertEquals(2, snapshots.get(), "a second snapshot was taken");
        assertEquals(1, r.attachments());
        try (BackupArchive archive = BackupArchive.open(r.file())) {
            assertEquals(kept, archive.manifest().attachments().get(0).sha256());
        }
    }

    @Test
    void namesOfDailyBackupsAreRecognisedAndOthersAreNot() {
        assertEquals("备份-2026-11-23.fazhi.zip", BackupNames.daily(java.time.LocalDate.of(2026, 11, 23)));
        assertEquals(java.time.LocalDate.of(2026, 11, 23), BackupNames.dayOf("备份-2026-11-23.fazhi.zip").orElseThrow());
        for (String other : List.of("备份-2026-11-23.fazhi.zip.part", "before-upgrade-20261123.db", "备份-2026-02-30.fazhi.zip",
                "我的备份.fazhi.zip")) {
            assertTrue(BackupNames.dayOf(other).isEmpty(), other);
        }
    }

    @Test
    void sizesReadAsAnOfficeReadsThem() {
        assertEquals("512 字节", BackupResult.humanSize(512));
        assertEquals("1.5 KB", BackupResult.humanSize(1536));
        assertEquals("12.0 MB", BackupResult.humanSize(12L << 20));
    }
}
