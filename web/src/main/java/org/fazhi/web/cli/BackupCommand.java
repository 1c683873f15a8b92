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
@Command(name = "backup", description = "备份数据库到指定文件(服务器运行时也可备份)。", mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer> {
    @Option(names = "--to", required = true, paramLabel = "FILE", description = "备份文件路径")
    Path target;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "fazhi-data", description = "数据目录(默认 ${DEFAULT-VALUE})")
    Path data;

    @Override
    public Integer call() {
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
