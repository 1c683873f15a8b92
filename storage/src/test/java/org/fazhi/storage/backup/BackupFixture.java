package org.fazhi.storage.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.files.FileStore;
import org.fazhi.storage.files.ReferencedFiles;
import org.fazhi.storage.migrate.MigrationSet;

/** A real ledger in a folder of its own with a stand-in module whose rows point at stored files. */
final class BackupFixture implements AutoCloseable {
    static final MigrationSet FILES_MODULE = MigrationSet.of("storage-files-test", BackupFixture.class,
            "db/storage-files-test", "V1__test_files.sql");
    static final ReferencedFiles REFERENCES = new ReferencedFiles("test", "SELECT sha256 FROM test_files");
    static final List<MigrationSet> MODULES = List.of(FILES_MODULE);

    final Database db;
    final FileStore store;

    BackupFixture(Path dir) {
        db = Database.open(DataFolder.open(dir), MODULES);
        store = new FileStore(db.folder().attachments().resolve("test"));
    }

    /** Stores the bytes and a row pointing at them, as a module's service does (file first, then row). */
    String attach(String label, byte[] bytes) {
        String hash = store.put(bytes);
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO test_files (label, sha256) VALUES (:l, :s)")
                .bind("l", label).bind("s", hash).execute());
        return hash;
    }

    BackupWriter writer() {
        return new BackupWriter(db, List.of(REFERENCES), "test-1.0", Clock.systemUTC());
    }

    Path root() {
        return db.folder().root();
    }

    @Override
    public void close() {
        db.close();
    }

    static List<String> labels(Path dataDir) {
        try (Database d = Database.open(DataFolder.open(dataDir), MODULES)) {
            return d.jdbi().withHandle(h -> h.createQuery("SELECT label FROM test_files ORDER BY id").mapTo(String.class).list());
        }
    }

    /** Every regular file under {@code dir} (relative path → SHA-256): what "nothing changed" compares. */
    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(p).toString(), FileStore.sha256(Files.readAllBytes(p)));
            }
        }
        return all;
    }

    /** Copies a zip, passing each entry's bytes through {@code change} (name → new bytes or null to drop). */
    static void rewrite(Path from, Path to, Map<String, UnaryOperator<byte[]>> changes) throws IOException {
        rewrite(from, to, changes, Map.of());
    }

    /** As above, with {@code extra} entries added at the end. */
    static void rewrite(Path from, Path to, Map<String, UnaryOperator<byte[]>> changes, Map<String, byte[]> extra)
            throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream os = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(os)) {
            Enumeration<? extends ZipEntry> e = in.entries();
            while (e.hasMoreElements()) {
                ZipEntry entry = e.nextElement();
                byte[] bytes;
                try (InputStream is = in.getInputStream(entry)) {
                    bytes = is.readAllBytes();
                }
                byte[] changed = changes.getOrDefault(entry.getName(), UnaryOperator.identity()).apply(bytes);
                if (changed != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(changed);
                    out.closeEntry();
                }
            }
            for (Map.Entry<String, byte[]> x : extra.entrySet()) {
                out.putNextEntry(new ZipEntry(x.getKey()));
                out.write(x.getValue());
                out.closeEntry();
            }
        }
    }
}
