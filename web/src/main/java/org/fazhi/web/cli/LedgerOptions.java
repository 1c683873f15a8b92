package org.fazhi.web.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.StorageException;
import org.fazhi.storage.migrate.MigrationSet;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a command that works on an existing ledger finds it: {@code --data}, the data folder, and the
 * {@link DatabaseOptions} ({@code --db}, {@code --attachments}) of a shared instance.
 */
public final class LedgerOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "fazhi-data", description = "数据目录(默认 ${DEFAULT-VALUE})")
    Path data;

    @Mixin
    DatabaseOptions database;

    /** The data folder of {@code --data}. */
    public Path data() {
        return data;
    }

    /** The {@code --db} and {@code --attachments} options. */
    public DatabaseOptions database() {
        return database;
    }

    /** The data folder, with the attachments where {@code --attachments} puts them. */
    public DataFolder folder() {
        return database.folder(data);
    }

    /** Refuses a data folder that holds no database, before anything is opened: there is nothing to {@code what}. */
    static void requireDatabase(Path data, String what) {
        if (!Files.exists(data.resolve(DataFolder.DATABASE_FILE))) {
            throw new StorageException("数据目录 " + data.toAbsolutePath().normalize() + " 中没有数据库,无可" + what);
        }
    }

    /** Opens the ledger these options name, migrating it with {@code modules}. */
    public Database open(List<MigrationSet> modules, Clock clock) {
        return database.open(data, modules, clock);
    }
}
