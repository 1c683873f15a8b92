package org.fazhi.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups with {@code VACUUM INTO}: it reads inside one transaction, so the copy is a
 * consistent snapshot even while the server keeps writing, and the copy is compact.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {
    }

    /**
     * Writes a consistent copy of the database to {@code target}. The copy is written beside the
     * target first and moved into place, so a failed backup never leaves a half-written file.
     */
    public static void backup(Jdbi jdbi, Path target) {
        Path dest = target.toAbsolutePath().normalize();
        if (Files.isDirectory(dest)) {
            throw new StorageException("备份目标 " + dest + " 是文件夹,请给出文件名,例如 " + dest.resolve("fazhi-backup.db"));
        }
        Path dir = dest.getParent();
        Path tmp = dir.resolve(dest.getFileName() + ".part");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(tmp);
            jdbi.useHandle(h -> h.createUpdate("VACUUM INTO :f").bind("f", tmp.toString()).execute());
            Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("备份到 " + dest + " 失败:" + e.getMessage(), e);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original error is the one to report
            }
            if (e instanceof StorageException) {
                throw e;
            }
            throw new StorageException("备份到 " + dest + " 失败:" + e.getMessage(), e);
        }
    }

    /**
     * Before a schema upgrade: a copy in the backups folder so an upgrade can always be undone, named
     * by {@code clock}'s date and time in its zone.
     */
    static void beforeUpgrade(Jdbi jdbi, DataFolder folder, Clock clock) {
        Path target = folder.backups().resolve("before-upgrade-" + LocalDateTime.now(clock).format(STAMP) + ".db");
        LOG.info("升级数据库结构前先备份到 {}", target);
        backup(jdbi, target);
    }
}
