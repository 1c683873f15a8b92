package org.fazhi.storage.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.FolderLock;
import org.fazhi.storage.StorageException;
import org.fazhi.storage.core.CoreSchema;
import org.fazhi.storage.migrate.MigrationSet;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Puts a backup archive back as a data folder's database and attachments. In order: the archive must
 * be ours and not newer than this program; the folder must not be in use (the server's
 * {@link FolderLock}) and, unless forced, must hold no data; the archive is unpacked into a staging
 * folder inside the data folder, each file checked against its SHA-256 and the database with
 * {@code PRAGMA integrity_check}; only then is it swapped in by renames (see {@link RestoreJournal}),
 * the previous data moved to {@code backups/restore-<time>/} rather than deleted. A refusal at any
 * step before the swap leaves the folder as it was.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** @param previous where the replaced data went, or null when the folder held none */
    public record Result(Path dataDir, Path previous, BackupManifest manifest) {
    }

    private final List<MigrationSet> known = new ArrayList<>();
    private final Clock clock;

    /** @param modules the domain modules' migration sets this program runs (as for {@code Database.open}) */
    public Restore(List<MigrationSet> modules, Clock clock) {
        known.add(CoreSchema.MIGRATIONS);
        known.addAll(modules);
        this.clock = clock;
    }

    public Result run(Path archiveFile, Path dataDir, boolean force) {
        Path root = dataDir.toAbsolutePath().normalize();
        try (BackupArchive archive = BackupArchive.open(archiveFile)) {
            checkSchema(archive.manifest().schema(), archive.file().toString());
            boolean created = !Files.exists(root);
            DataFolder folder = DataFolder.open(root);
            try {
                return restoreInto(archive, folder, force);
            } catch (RuntimeException e) {
                if (created) {
                    deleteQuietly(root);
                }
                throw e;
            }
        }
    }

    private Result restoreInto(BackupArchive archive, DataFolder folder, boolean force) {
        Path root = folder.root();
        try (FolderLock lock = FolderLock.acquire(folder, "恢复")) {
            RestoreJournal.finishIfPending(folder);
            RestoreJournal.removeStale(folder);
            boolean hasData = Files.exists(folder.database()) || Files.exists(root.resolve(DataFolder.DATABASE_FILE + "-wal"))
                    || RestoreJournal.hasFiles(folder.attachments());
            if (hasData && !force) {
                throw new StorageException("数据目录 " + root + " 中已有数据,未做任何改动。确认要用备份替换时请加 --force"
                        + "(原有数据会移到该目录的 backups/restore-日期时间/ 下,不会删除)");
            }
            String stamp = LocalDateTime.now(clock).format(STAMP);
            Path staging = root.resolve(RestoreJournal.STAGING_PREFIX + stamp);
            try {
                Files.createDirectory(staging);
                archive.extractTo(staging);
                Files.createDirectories(staging.resolve("attachments"));
                checkDatabase(staging.resolve(BackupManifest.DATABASE), archive);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(staging);
                if (e instanceof StorageException se) {
                    throw se;
                }
                throw new StorageException("恢复失败:无法写入数据目录 " + root + "(" + e.getMessage() + "),未做任何改动", e);
            }
            String aside = "backups/restore-" + stamp;
            RestoreJournal.begin(folder, staging, aside);
            RestoreJournal.complete(folder);
            Path moved = root.resolve(aside);
            return new Result(root, Files.exists(moved) ? moved : null, archive.manifest());
        } catch (IOException e) {
            throw new StorageException("无法读取数据目录 " + root + ":" + e.getMessage(), e);
        }
    }

    /** Components this program knows, at versions it can run (an older one is upgraded at the next start). */
    private void checkSchema(Map<String, Integer> schema, String what) {
        if (!schema.containsKey(CoreSchema.MIGRATIONS.component())) {
            throw BackupManifest.notOurs(what, "缺少核心数据结构版本");
        }
        for (Map.Entry<String, Integer> e : schema.entrySet()) {
            MigrationSet set = known.stream().filter(s -> s.component().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new StorageException("备份 " + what + " 含有本程序没有的数据模块“" + e.getKey()
                            + "”,可能由其他版本的程序写入;未做任何改动"));
            if (e.getValue() > set.latestVersion()) {
                throw new StorageException("备份 " + what + " 由更新版本的程序写入(" + e.getKey() + " 结构版本 " + e.getValue()
                        + "),本程序只支持到版本 " + set.latestVersion() + ",请使用新版程序恢复;未做任何改动");
            }
        }
    }

    private void checkDatabase(Path db, BackupArchive archive) {
        String what = archive.file().toString();
        Jdbi jdbi = Jdbi.create(Snapshot.readOnly(db));
        try {
            List<String> result = jdbi.withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list());
            if (!(result.size() == 1 && "ok".equals(result.get(0)))) {
                throw new StorageException("备份 " + what + " 中的数据库完整性检查未通过("
                        + String.join("; ", result.subList(0, Math.min(3, result.size()))) + "),未做任何改动");
            }
            Map<String, Integer> actual = Snapshot.schemaVersions(jdbi);
            if (!actual.equals(archive.manifest().schema())) {
                throw BackupManifest.notOurs(what, "清单中的结构版本与数据库不符");
            }
        } catch (JdbiException e) {
            throw BackupManifest.notOurs(what, "其中的数据库无法打开");
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            RestoreJournal.deleteTree(dir);
        } catch (IOException ignored) {
            // the refusal is what gets reported; a leftover staging folder is removed by the next restore
        }
    }
}
