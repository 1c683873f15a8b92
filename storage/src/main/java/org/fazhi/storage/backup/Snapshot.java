package org.fazhi.storage.backup;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fazhi.storage.files.ReferencedFiles;
import org.fazhi.storage.Engine;
import org.fazhi.storage.migrate.SchemaVersions;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A consistent copy of the live database made with {@code VACUUM INTO} (one read transaction, so the
 * server keeps writing meanwhile), and what that copy says: the files its rows point at and its
 * schema versions. Asking the copy rather than the live database is what makes the attachments
 * match the rows exactly.
 *
 * @param files folder → the hashes the copy's rows point at
 */
record Snapshot(Path file, Map<String, TreeSet<String>> files, Map<String, Integer> schema) {

    static Snapshot take(Jdbi live, Path file, List<ReferencedFiles> references) {
        live.useHandle(h -> h.createUpdate("VACUUM INTO :f").bind("f", file.toString()).execute());
        // The copy is in rollback-journal mode; read-only, nothing beside it is created and it stays unchanged.
        Jdbi copy = Jdbi.create(readOnly(file));
        // A copy that would not pass the restore's check is refused now rather than found out then. The
        // full integrity_check runs here, off the serving path (start only runs quick_check): every
        // daily backup is also the ledger's daily deep check.
        List<String> check = copy.withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list());
        if (!check.equals(List.of("ok"))) {
            throw new org.fazhi.storage.StorageException("备份失败:数据库快照的完整性检查未通过("
                    + String.join("; ", check.subList(0, Math.min(3, check.size()))) + "),数据库可能已损坏");
        }
        Map<String, TreeSet<String>> files = new LinkedHashMap<>();
        for (ReferencedFiles r : references) {
            TreeSet<String> hashes = files.computeIfAbsent(r.folder(), f -> new TreeSet<>());
            copy.useHandle(h -> h.createQuery(r.query()).mapTo(String.class).forEach(s -> {
                if (s != null) {
                    hashes.add(s);
                }
            }));
        }
        return new Snapshot(file, files, schemaVersions(copy));
    }

    static Map<String, Integer> schemaVersions(Jdbi db) {
        return SchemaVersions.read(db, Engine.SQLITE);
    }

    static SQLiteDataSource readOnly(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }
}
