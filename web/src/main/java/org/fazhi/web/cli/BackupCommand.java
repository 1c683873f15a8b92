package org.fazhi.web.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fazhi.storage.Backups;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --to FILE}: a consistent copy of the database, safe while the server runs. */
@Command(name = "backup", description = "备份数据库到指定文件(服务器运行时也可备份)。", synopsisHeading = "用法:", descriptionHeading = "%n", optionListHeading = "%n选项:%n", commandListHeading = "%n命令:%n")
public final class BackupCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    HelpOptions helpOptions;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "备份文件路径")
    Path target;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "fazhi-data", description = "数据目录(默认 ${DEFAULT-VALUE})")
    Path data;

    @Override
    public Integer call() {
        Logging.quiet();
        if (!java.nio.file.Files.exists(data.resolve(DataFolder.DATABASE_FILE))) {
            throw new StorageException("数据目录 " + data.toAbsolutePath().normalize() + " 中没有数据库,无可备份");
        }
        DataFolder folder = DataFolder.open(data);
        if (folder.isNew()) {
            throw new StorageException("数据目录 " + folder.root() + " 中没有数据库,无可备份");
        }
        try (Database db = Database.open(folder, List.of())) {
            Backups.backup(db.jdbi(), target);
        }
        System.out.println("已备份到 " + target.toAbsolutePath().normalize());
        return 0;
    }
}
