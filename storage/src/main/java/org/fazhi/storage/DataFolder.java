package org.fazhi.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder that holds everything of one ledger: the SQLite database, attachments and automatic
 * backups. Paths go through {@link Path} only, so a folder such as {@code D:\法治台账\数据} works.
 */
public final class DataFolder {
    public static final String DEFAULT = "fazhi-data";
    public static final String DATABASE_FILE = "fazhi.db";

    private final Path root;

    private DataFolder(Path root) {
        this.root = root;
    }

    /** Uses the folder, creating it if it does not exist yet; refuses a file or an unwritable folder. */
    public static DataFolder open(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        try {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new StorageException("数据目录 " + root + " 是一个文件,不是文件夹");
            }
            Files.createDirectories(root);
            Files.createDirectories(root.resolve("attachments"));
            Files.createDirectories(root.resolve("backups"));
        } catch (AccessDeniedException e) {
            throw new StorageException("没有权限创建或写入数据目录 " + root, e);
        } catch (IOException e) {
            throw new StorageException("无法创建数据目录 " + root + ":" + e.getMessage(), e);
        }
        if (!Files.isWritable(root)) {
            throw new StorageException("数据目录 " + root + " 不可写,请检查权限或磁盘是否只读");
        }
        return new DataFolder(root);
    }

    public Path root() {
        return root;
    }

    public Path database() {
        return root.resolve(DATABASE_FILE);
    }

    public Path attachments() {
        return root.resolve("attachments");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    /** True before the first start: no database file yet. */
    public boolean isNew() {
        return !Files.exists(database());
    }
}
