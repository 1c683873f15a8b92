package org.fazhi.storage;

import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs {@code PRAGMA quick_check} at start so a damaged file is reported before anything writes to it
 * (a server runs it beside its own start and opens its port only after it, see Database).
 * Not the full {@code integrity_check}: that also cross-checks every index against its table and takes
 * seconds on a province-size ledger (2.4 s against 0.7 s at 130 MB), which an office would pay at every
 * start; the full check runs on every backup snapshot instead (daily, off the serving path).
 */
final class IntegrityCheck {
    private IntegrityCheck() {
    }

    /**
     * Reads the schema only (milliseconds): a file that is not a SQLite database, or cannot be opened
     * at all, is refused here, before a connection pool would retry it for its whole timeout.
     */
    static void requireOpenable(Jdbi jdbi, Path file) {
        run(jdbi, file, "SELECT count(*) FROM sqlite_master");
    }

    /** The whole file's {@code quick_check}: seconds on a province ledger, so servers run it beside their start. */
    static void require(Jdbi jdbi, Path file) {
        List<String> result = run(jdbi, file, "PRAGMA quick_check");
        if (!(result.size() == 1 && "ok".equals(result.get(0)))) {
            String detail = String.join("; ", result.subList(0, Math.min(5, result.size())));
            throw new StorageException("数据库 " + file + " 完整性检查未通过(" + detail + ")。"
                    + "为免损坏扩大,程序已停止;请从 backups 文件夹中的备份恢复");
        }
    }

    private static List<String> run(Jdbi jdbi, Path file, String sql) {
        try {
            return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
        } catch (JdbiException e) {
            StorageFault fault = StorageFault.of(e, file.getParent());
            if (fault != null) {
                // A full or read-only disk is not a damaged file: say so, or someone restores a good ledger.
                throw new StorageException("无法打开数据库 " + file + ":" + fault.message(), e);
            }
            throw new StorageException("无法打开数据库 " + file + ":" + rootMessage(e)
                    + "。该文件可能不是本程序的数据库或已损坏,请从备份恢复", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
