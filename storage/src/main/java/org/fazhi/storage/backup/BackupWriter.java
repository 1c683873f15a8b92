package org.fazhi.storage.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fazhi.storage.Database;
import org.fazhi.storage.StorageException;
import org.fazhi.storage.files.ReferencedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one backup archive (a zip: {@code fazhi.db}, {@code attachments/**}, {@code manifest.json})
 * while the server keeps running. The database is copied first with {@code VACUUM INTO}; then exactly
 * the attachment files that copy points at are added, each checked against its SHA-256 name. Stored
 * files never change, and a new one is on disk before its row commits, so every file a snapshot
 * points at exists, unless it was deleted after the snapshot: then the whole backup is taken again.
 * The archive is written under a temporary name and synced before it is moved into place.
 */
public final class BackupWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BackupWriter.class);
    /** Snapshots tried before giving up on a file that keeps disappearing (or is really gone). */
    private static final int ATTEMPTS = 3;

    private final Database db;
    private final List<ReferencedFiles> references;
    private final String appVersion;
    private final Clock clock;
    /** Runs between the snapshot and the copying of its files: tests delete a file there. */
    Runnable afterSnapshot = () -> { };

    /** @param references every module's attachment folders and queries (see {@link ReferencedFiles}) */
    public BackupWriter(Database db, List<ReferencedFiles> references, String appVersion, Clock clock) {
        this.db = db;
        this.references = List.copyOf(references);
        this.appVersion = appVersion;
        this.clock = clock;
    }

    /**
     * Writes the archive to {@code target}.
     *
     * @param replace whether an existing file of that name may be replaced
     */
    public BackupResult write(Path target, boolean replace) {
        Path dest = target.toAbsolutePath().normalize();
        if (Files.isDirectory(dest)) {
            throw new StorageException("备份目标 " + dest + " 是文件夹,请给出文件名,例如 " + dest.resolve(BackupNames.example(LocalDate.now(clock))));
        }
        if (!replace && Files.exists(dest)) {
            throw new StorageException("备份文件 " + dest + " 已存在,未覆盖;请换一个文件名,或加 --force 覆盖");
        }
        Path dir = dest.getParent();
        Path snapshot = null;
        Path part = null;
        try {
            Files.createDirectories(dir);
            snapshot = Files.createTempFile(dir, ".fazhi-snapshot-", ".db");
            part = Files.createTempFile(dir, "." + dest.getFileName() + ".", ".part");
            BackupResult written = null;
            for (int attempt = 1; written == null; attempt++) {
                written = attempt(snapshot, part, dest, attempt == ATTEMPTS);
            }
            if (replace) {
                Files.move(part, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A rename that refuses an existing file: nothing someone saved meanwhile is replaced.
                Files.move(part, dest);
            }
            return written;
        } catch (FileAlreadyExistsException e) {
            throw new StorageException("备份文件 " + dest + " 已存在,未覆盖;请换一个文件名,或加 --force 覆盖", e);
        } catch (IOException e) {
            throw new StorageException("备份到 " + dest + " 失败(磁盘已满或目标不可写?):" + e.getMessage(), e);
        } catch (StorageException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StorageException("备份到 " + dest + " 失败:" + e.getMessage(), e);
        } finally {
            deleteQuietly(snapshot);
            deleteQuietly(part);
        }
    }

    /** One snapshot and archive; null when a referenced file vanished meanwhile and another try may succeed. */
    private BackupResult attempt(Path snapshotFile, Path part, Path dest, boolean last) throws IOException {
        Files.deleteIfExists(snapshotFile); // VACUUM INTO wants a new or empty file
        Instant at = clock.instant();
        Snapshot snap = Snapshot.take(db.jdbi(), snapshotFile, references);
        afterSnapshot.run();
        BackupResult written;
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(
                Files.newOutputStream(part, StandardOpenOption.TRUNCATE_EXISTING), 1 << 16))) {
            BackupManifest.Entry database = add(zip, BackupManifest.DATABASE, snapshotFile, null);
            zip.setLevel(Deflater.BEST_SPEED); // photos, pdf and video hardly compress
            List<BackupManifest.Entry> attachments = new ArrayList<>();
            long attachmentBytes = 0;
            for (Map.Entry<String, TreeSet<String>> folder : snap.files().entrySet()) {
                for (String hash : folder.getValue()) {
                    String path = BackupManifest.attachmentPath(folder.getKey(), hash);
                    Path source = db.folder().root().resolve(path);
                    BackupManifest.Entry e;
                    try {
                        e = add(zip, path, source, hash);
                    } catch (NoSuchFileException missing) {
                        if (last) {
                            throw new StorageException("备份失败:数据库引用的附件文件不存在:" + source
                                    + "。附件可能已丢失,请检查数据目录(必要时从较早的备份恢复)");
                        }
                        LOG.info("附件 {} 在快照后被删除,重新做一次快照", path);
                        return null;
                    }
                    attachments.add(e);
                    attachmentBytes += e.size();
                }
            }
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.VERSION, appVersion,
                    at.toString(), snap.schema(), database, attachments);
            zip.putNextEntry(new ZipEntry(BackupManifest.MANIFEST));
            zip.write(manifest.toJson());
            zip.closeEntry();
            zip.finish();
            written = new BackupResult(dest, 0, database.size(), attachments.size(), attachmentBytes, at);
        }
        sync(part);
        LOG.info("备份 {}:数据库 {} 字节,{} 个附件", dest, written.databaseSize(), written.attachments());
        return new BackupResult(dest, Files.size(part), written.databaseSize(), written.attachments(),
                written.attachmentBytes(), at);
    }

    /** Copies one file into the archive, hashing it on the way; a file whose content is not its name is refused. */
    private static BackupManifest.Entry add(ZipOutputStream zip, String name, Path source, String expectedHash)
            throws IOException {
        MessageDigest md = sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), md)) {
            zip.putNextEntry(new ZipEntry(name));
            size = in.transferTo(zip);
            zip.closeEntry();
        }
        String hash = HexFormat.of().formatHex(md.digest());
        if (expectedHash != null && !expectedHash.equals(hash)) {
            throw new StorageException("备份失败:附件文件 " + source + " 的内容与其 SHA-256 不符,文件已损坏;"
                    + "请从较早的备份恢复该文件");
        }
        return new BackupManifest.Entry(name, size, hash);
    }

    static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("无法删除临时文件 {}", p, e);
            }
        }
    }
}
