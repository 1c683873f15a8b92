package org.fazhi.web.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.fazhi.storage.backup.Restore;
import org.fazhi.web.pages.Display;
import org.fazhi.web.server.Modules;
import org.fazhi.web.server.ServerClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code restore --from FILE}: puts a backup archive back as the data folder's database and attachments. */
@Command(name = "restore", description = {"从备份文件恢复数据库和全部附件。须先停止使用该数据目录的服务器。",
        "备份文件先经完整校验(清单、SHA-256、数据库完整性、结构版本),不合格则不做任何改动;",
        "数据目录中已有数据时须加 --force,原有数据移到该目录的 backups/restore-日期时间/ 下,不会删除。"})
public final class RestoreCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    HelpOptions helpOptions;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "备份文件(由 backup 命令或每日自动备份生成)")
    Path source;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "fazhi-data", description = "数据目录(默认 ${DEFAULT-VALUE}),不存在时创建")
    Path data;

    @picocli.CommandLine.Mixin
    DatabaseOptions database;

    @Option(names = "--force", description = "数据目录中已有数据时仍然恢复(原有数据移到 backups/restore-日期时间/)")
    boolean force;

    @Override
    public Integer call() {
        database.refuseSharedInstance("restore");
        database.refuseAttachmentsElsewhere("restore");
        Logging.quiet();
        Clock clock = ServerClock.system();
        Restore.Result r = new Restore(Modules.MIGRATIONS, clock).run(source, data, force);
        System.out.println("已从 " + source.toAbsolutePath().normalize() + " 恢复到 " + r.dataDir() + ":"
                + r.manifest().attachments().size() + " 个附件,备份时间 " + Display.minute(r.manifest().createdAt(), clock.getZone())
                + (r.previous() == null ? "" : ";原有数据已移到 " + r.previous()));
        return 0;
    }
}
