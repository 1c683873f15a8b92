package org.fazhi.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
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
    private final Path attachments;

    private DataFolder(Path root, Path attachments) {
        this.root = root;
        this.attachments = attachments;
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
            throw new StorageException("无法创建数据目录 " + root + ":" + reason(e) + ",请换一个可写的文件夹", e);
        }
        if (!Files.isWritable(root)) {
            throw new StorageException("数据目录 " + root + " 不可写,请检查权限或磁盘是否只读");
        }
        Path db = root.resolve(DATABASE_FILE);
        if (Files.exists(db) && !Files.isWritable(db)) {
            // SQLite would open it read-only without a word, and every save would fail later.
            throw new StorageException("数据库文件 " + db + " 是只读的,请在文件属性中取消“只读”或检查写入权限");
        }
        return new DataFolder(root, root.resolve("attachments"));
    }

    /**
     * This folder with the attachments kept in {@code dir} instead of {@code attachments/}: the folder
     * every app node of a shared instance reaches (a network share), created if missing.
     */
    public DataFolder withAttachments(Path dir) {
        Path shared = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(shared);
        } catch (IOException e) {
            throw new StorageException("无法创建附件目录 " + shared + ":" + reason(e), e);
        }
        if (!Files.isWritable(shared)) {
            throw new StorageException("附件目录 " + shared + " 不可写,请检查权限或网络共享是否已连接");
        }
        return new DataFolder(root, shared);
    }

    /** Why a folder could not be made, in Chinese where the cause is a common one. */
    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return "路径中的 " + f.getFile() + " 是一个文件,不是文件夹";
        }
        String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        if (why.contains("Read-only file system")) {
            return "磁盘只读";
        }
        if (why.contains("No space left")) {
            return "磁盘空间不足";
        }
        if (why.contains("Not a directory")) {
            return "路径中有一段是文件,不是文件夹";
        }
        return why;
    }

    public Path root() {
        return root;
    }

    public Path database() {
        return root.resolve(DATABASE_FILE);
    }

    public Path attachments() {
        return attachments;
    }

    public Path backups() {
        return root.resolve("backups");
    }

    /** True before the first start: no database file yet. */
    public boolean isNew() {
        return !Files.exists(database());
    }
}
