package org.fazhi.web.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.PostgresTarget;
import org.fazhi.storage.StorageException;
import org.fazhi.storage.migrate.MigrationSet;
import picocli.CommandLine.Option;

/**
 * {@code --db} and {@code --attachments}: where a shared instance keeps its ledger. Without {@code --db}
 * the database is the SQLite file in the data folder, as always. The password is read from the
 * environment ({@code FAZHI_DB_PASSWORD}) only, never from the command line, where every user of the
 * machine could read it in the process list.
 */
public final class DatabaseOptions {
    public static final String PASSWORD_VARIABLE = "FAZHI_DB_PASSWORD";

    @Option(names = "--db", paramLabel = "URL",
            description = "共享实例的 PostgreSQL 数据库,如 jdbc:postgresql://127.0.0.1:5432/fazhi?user=fazhi;"
                    + "密码取自环境变量 FAZHI_DB_PASSWORD。不指定时使用数据目录中的 SQLite 文件")
    String url;

    @Option(names = "--attachments", paramLabel = "DIR",
            description = "附件目录(默认为数据目录下的 attachments);多个节点共用一个数据库时须指向同一个共享文件夹")
    Path attachments;

    /** The PostgreSQL database named by {@code --db}, or null for the data folder's SQLite file. */
    public PostgresTarget target() {
        return url == null ? null : PostgresTarget.of(url, System.getenv(PASSWORD_VARIABLE));
    }

    /** The attachments folder of {@code --attachments}, or null for the data folder's own. */
    public Path attachments() {
        return attachments;
    }

    /** The data folder, with the attachments where {@code --attachments} puts them. */
    public DataFolder folder(Path data) {
        DataFolder folder = DataFolder.open(data);
        return attachments == null ? folder : folder.withAttachments(attachments);
    }

    /** Opens the ledger these options name, migrating it with {@code modules}. */
    public Database open(Path data, List<MigrationSet> modules, Clock clock) {
        PostgresTarget target = target();
        DataFolder folder = folder(data);
        return target == null ? Database.open(folder, modules, clock) : Database.open(target, folder, modules);
    }

    /** For the commands that work on the SQLite file itself: a shared instance is backed up by its DBA's tools. */
    public void refuseSharedInstance(String what) {
        if (url != null) {
            throw new StorageException("共享实例(PostgreSQL)不能用 " + what + ":数据库请由数据库管理员用 pg_dump / pg_restore "
                    + "备份与恢复,附件目录另行复制(见 README“共享实例”)");
        }
    }

    /** For restore, which puts the archive's attachments back into the data folder's own {@code attachments/}. */
    public void refuseAttachmentsElsewhere(String what) {
        if (attachments != null) {
            throw new StorageException(what + " 把附件恢复到数据目录下的 attachments 文件夹,不能与 --attachments 同用");
        }
    }

    /** Whether these options name a shared instance. */
    public boolean shared() {
        return url != null;
    }
}
