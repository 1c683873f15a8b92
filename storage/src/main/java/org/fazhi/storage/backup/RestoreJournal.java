package org.fazhi.storage.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.FolderLock;
import org.fazhi.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes swapping a verified restore into the data folder survive a crash. Before anything is moved,
 * {@code restore.pending} records the staging folder (the new data, already checked) and where the
 * old data goes. Every step below is idempotent, so whoever opens the folder next (the restore itself,
 * the server or any command that opens the database) finishes an interrupted swap: the folder ends up
 * with the new data and the old data aside, never with a half of each or with no database at all.
 */
public final class RestoreJournal {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreJournal.class);
    static final String FILE = "restore.pending";
    static final String STAGING_PREFIX = ".restore-";
    private static final Pattern STAGING = Pattern.compile("\\.restore-[0-9-]+");
    private static final Pattern ASIDE = Pattern.compile("backups/restore-[0-9-]+");
    /** The old database's companions go aside before it, so no old WAL is ever beside the new database. */
    private static final String[] DB_FILES = {"-wal", "-shm", "-journal", ""};

    private RestoreJournal() {
    }

    /** Finishes a restore that was interrupted mid-swap; does nothing when none was. */
    public static void finishIfPending(DataFolder folder) {
        if (!Files.exists(folder.root().resolve(FILE))) {
            return;
        }
        if (FolderLock.heldHere(folder)) {
            complete(folder);
            return;
        }
        try (FolderLock lock = FolderLock.acquire(folder, "恢复")) {
            complete(folder);
        }
    }

    static void begin(DataFolder folder, Path staging, String aside) {
        Properties p = new Properties();
        p.setProperty("staging", folder.root().relativize(staging).toString().replace('\\', '/'));
        p.setProperty("aside", aside);
        Path file = folder.root().resolve(FILE);
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "fazhi restore in progress");
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        } catch (IOException e) {
            throw new StorageException("无法写入恢复记录 " + file + ":" + e.getMessage(), e);
        }
    }

    /** Carries out (or carries on with) the swap the journal describes. The caller holds the folder lock. */
    static void complete(DataFolder folder) {
        Path root = folder.root();
        Path journal = root.resolve(FILE);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new StorageException("无法读取恢复记录 " + journal + ":" + e.getMessage(), e);
        }
        String stagingName = p.getProperty("staging", "");
        String asideName = p.getProperty("aside", "");
        if (!STAGING.matcher(stagingName).matches() || !ASIDE.matcher(asideName).matches()) {
            throw new StorageException("恢复记录 " + journal + " 内容不对;请检查数据目录后删除该文件");
        }
        Path staging = root.resolve(stagingName);
        Path aside = root.resolve(asideName);
        try {
            Path newDb = staging.resolve(BackupManifest.DATABASE);
            Path newFiles = staging.resolve("attachments");
            if (Files.exists(newDb)) {
                for (String suffix : DB_FILES) {
                    moveAside(root.resolve(DataFolder.DATABASE_FILE + suffix), aside.resolve(DataFolder.DATABASE_FILE + suffix));
                }
            }
            if (Files.exists(newFiles) && Files.exists(folder.attachments())) {
                if (hasFiles(folder.attachments())) {
                    moveAside(folder.attachments(), aside.resolve("attachments"));
                } else {
                    deleteTree(folder.attachments()); // only empty folders: nothing worth keeping
                }
            }
            if (Files.exists(newDb)) {
                Files.move(newDb, folder.database(), StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.exists(newFiles)) {
                Files.move(newFiles, folder.attachments(), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.delete(journal);
            deleteTree(staging);
            LOG.info("恢复已完成:{}{}", root, Files.exists(aside) ? ",原数据在 " + aside : "");
        } catch (IOException | UncheckedIOException e) {
            throw new StorageException("恢复未能完成(" + e.getMessage() + ");数据目录 " + root
                    + " 中的恢复记录会在下次启动或恢复时继续完成,请先解决上述问题", e);
        }
    }

    /** Staging folders of restores that failed before their journal was written: never used data. */
    static void removeStale(DataFolder folder) throws IOException {
        try (Stream<Path> s = Files.list(folder.root())) {
            for (Path p : s.filter(x -> STAGING.matcher(x.getFileName().toString()).matches()).toList()) {
                deleteTree(p);
            }
        }
    }

    private static void moveAside(Path source, Path target) throws IOException {
        if (!Files.exists(source)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    }

    static boolean hasFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.anyMatch(Files::isRegularFile);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
