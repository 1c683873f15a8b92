package org.fazhi.web.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fazhi.storage.Database;
import org.fazhi.storage.backup.BackupResult;
import org.fazhi.storage.backup.BackupWriter;
import org.fazhi.web.pages.Version;
import org.fazhi.web.server.Modules;
import org.fazhi.web.server.ServerClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backup --to FILE}: one archive with the database and every attachment it points at, consistent
 * while the server keeps running (see {@link BackupWriter}).
 */
@Command(name = "backup", description = {"备份数据库和全部附件到一个文件(服务器运行时也可备份)。",
        "建议文件名形如 备份-2026-11-23.fazhi.zip;用 restore --from 恢复。"})
public final class BackupCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    HelpOptions helpOptions;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "备份文件路径,例如 D:\\备份\\备份-2026-11-23.fazhi.zip")
    Path target;

    @picocli.CommandLine.Mixin
    LedgerOptions ledger;

    @Option(names = "--force", description = "FILE 已存在时覆盖它(默认不覆盖)")
    boolean force;

    @Override
    public Integer call() {
        ledger.database().refuseSharedInstance("backup");
        Logging.quiet();
        LedgerOptions.requireDatabase(ledger.data(), "备份");
        // No migrations: a backup copies the database as it is, even while an older server uses it.
        try (Database db = Database.openWith(ledger.folder(), List.of())) {
            BackupResult r = new BackupWriter(db, Modules.FILES, Version.current(), ServerClock.system())
                    .write(target, force);
            System.out.println("已备份到 " + r.file() + ":数据库 " + BackupResult.humanSize(r.databaseSize()) + "," + r.attachments()
                    + " 个附件(" + BackupResult.humanSize(r.attachmentBytes()) + "),备份文件共 " + BackupResult.humanSize(r.size()));
        }
        return 0;
    }
}
