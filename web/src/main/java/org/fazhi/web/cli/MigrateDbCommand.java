package org.fazhi.web.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.FolderLock;
import org.fazhi.storage.PostgresTarget;
import org.fazhi.storage.transfer.LedgerTransfer;
import org.fazhi.web.server.Modules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate-db --from DIR --to URL}: moves a county's SQLite data folder into a shared instance's
 * PostgreSQL database (see {@link LedgerTransfer}); the attachments go to {@code --attachments}, the folder
 * the instance's nodes share.
 */
@Command(name = "migrate-db", description = {"把一个县的数据目录(SQLite)迁入共享实例的 PostgreSQL 数据库。",
        "先核对各表行数和内容哈希,全部一致才提交;附件复制到 --attachments 并校验 SHA-256。",
        "目标数据库已有记录时拒绝,除非加 --force(以本数据目录替换其全部数据)。须先停止使用该数据目录的服务器。"})
public final class MigrateDbCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    HelpOptions helpOptions;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "要迁移的数据目录(含 fazhi.db)")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "目标数据库,如 jdbc:postgresql://127.0.0.1:5432/fazhi?user=fazhi;密码取自环境变量 FAZHI_DB_PASSWORD")
    String to;

    @Option(names = "--attachments", required = true, paramLabel = "DIR", description = "共享实例各节点共用的附件目录,附件复制到这里")
    Path attachments;

    @Option(names = "--force", description = "目标数据库已有记录时仍然迁移,以本数据目录替换其全部数据")
    boolean force;

    @Override
    public Integer call() {
        Logging.quiet();
        PostgresTarget target = PostgresTarget.of(to, System.getenv(DatabaseOptions.PASSWORD_VARIABLE));
        LedgerOptions.requireDatabase(from, "迁移");
        Database.requireUsable(target);
        DataFolder source = DataFolder.open(from);
        // The county's server must be stopped: rows written during the copy would be left behind.
        try (FolderLock lock = FolderLock.acquire(source, "迁移")) {
            DataFolder shared = source.withAttachments(attachments);
            LedgerTransfer.Result r = new LedgerTransfer(Modules.MIGRATIONS, Modules.FILES).copy(source, target, shared, force);
            StringBuilder tables = new StringBuilder();
            for (Map.Entry<String, Long> e : r.rows().entrySet()) {
                if (e.getValue() > 0) {
                    tables.append(tables.length() == 0 ? "" : "、").append(e.getKey()).append(' ').append(e.getValue());
                }
            }
            System.out.println("已迁移到 " + target.describe() + ":共 " + r.totalRows() + " 行(" + tables + "),各表行数和内容哈希核对一致;"
                    + "附件 " + r.attachments() + " 个已复制到 " + shared.attachments());
        }
        return 0;
    }
}
