package org.fazhi.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What the disk under the data folder did wrong, as SQLite reports it: full, read-only, or failing.
 * None of these is the ledger's fault or a damaged file, and the person at the console or in the
 * browser must be told which one it is — "磁盘已满" asks for a different remedy than "请从备份恢复".
 * SQLite rolls back the statement (and the transaction) that hit the fault, so what was saved
 * before stays whole.
 */
public enum StorageFault {
    DISK_FULL(SQLiteErrorCode.SQLITE_FULL,
            "磁盘空间不足,未能保存。请清理数据目录所在的磁盘后重试;此前已保存的数据不受影响"),
    READ_ONLY(SQLiteErrorCode.SQLITE_READONLY,
            "数据目录不可写(磁盘只读或没有写入权限),未能保存。请检查数据目录后重试;此前已保存的数据不受影响"),
    IO_ERROR(SQLiteErrorCode.SQLITE_IOERR,
            "读写数据文件出错(磁盘故障、已满或已被移除),未能保存。请检查磁盘后重试");

    private final int primaryCode;
    private final String message;

    StorageFault(SQLiteErrorCode primary, String message) {
        this.primaryCode = primary.code;
        this.message = message;
    }

    /** The Chinese sentence for the user: what happened, that nothing was saved, what to do. */
    public String message() {
        return message;
    }

    /**
     * As {@link #of(Throwable)}, with an I/O error on a disk that has no room left told as what it
     * is: SQLite reports a full disk as SQLITE_IOERR when the shared-memory file cannot grow.
     */
    public static StorageFault of(Throwable e, Path folder) {
        StorageFault f = of(e);
        return f == IO_ERROR && nearlyFull(folder) ? DISK_FULL : f;
    }

    private static boolean nearlyFull(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace() < 1024 * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The fault behind {@code e}, or null when it is something else. Matches by primary result code,
     * because SQLite reports these families with many extended codes (SQLITE_IOERR_WRITE,
     * SQLITE_IOERR_FSYNC, SQLITE_READONLY_DIRECTORY, …), and the driver sets the primary one as
     * {@link java.sql.SQLException#getErrorCode()}.
     */
    public static StorageFault of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se) {
                int primary = se.getResultCode().code & 0xff;
                for (StorageFault f : values()) {
                    if (f.primaryCode == primary) {
                        return f;
                    }
                }
            }
        }
        return null;
    }
}
