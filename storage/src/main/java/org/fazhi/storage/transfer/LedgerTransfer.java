package org.fazhi.storage.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.PostgresTarget;
import org.fazhi.storage.StorageException;
import org.fazhi.storage.files.FileStore;
import org.fazhi.storage.files.ReferencedFiles;
import org.fazhi.storage.migrate.MigrationSet;

/**
 * Moves a county's SQLite ledger into a shared instance's PostgreSQL database: {@code migrate-db}. The
 * target is first brought to the current schema (and the source too, so both have the same tables); then
 * every table is copied in the order its foreign keys need, the identity sequences are moved past the
 * copied ids, and each table's row count and content hash are compared on both sides. The attachments
 * the rows point at are copied to the target's attachments folder with their SHA-256 checked. A target
 * that already holds records is refused unless {@code force}, which empties it first. The copy runs in
 * one PostgreSQL transaction: a failure leaves the target as it was.
 */
public final class LedgerTransfer {
    /** Flyway's and the old runner's bookkeeping: each database keeps its own. */
    private static final String[] NOT_COPIED = {"flyway_", "schema_migrations", "sqlite_"};

    private final List<MigrationSet> modules;
    private final List<ReferencedFiles> files;

    public LedgerTransfer(List<MigrationSet> modules, List<ReferencedFiles> files) {
        this.modules = List.copyOf(modules);
        this.files = List.copyOf(files);
    }

    /** What was copied: rows per table (in copy order) and attachment files. */
    public record Result(Map<String, Long> rows, int attachments) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Result copy(DataFolder from, PostgresTarget to, DataFolder target, boolean force) {
        if (from.isNew()) {
            throw new StorageException("数据目录 " + from.root() + " 中没有数据库,无可迁移");
        }
        try (Database source = Database.open(from, modules); Database dest = Database.open(to, target, modules)) {
            Result result;
            try (org.jdbi.v3.core.Handle hin = source.jdbi().open(); org.jdbi.v3.core.Handle hout = dest.jdbi().open()) {
                Connection in = hin.getConnection();
                Connection out = hout.getConnection();
                List<String> tables = Tables.inForeignKeyOrder(in, NOT_COPIED);
                long held = Tables.rowsIn(out, tables);
                if (held > 0 && !force) {
                    throw new StorageException("目标数据库已有 " + held + " 条记录,未迁移;确认要以本数据目录替换其全部数据时加 --force");
                }
                out.setAutoCommit(false);
                try {
                    if (held > 0) {
                        Tables.empty(out, tables);
                    }
                    Map<String, Long> rows = new LinkedHashMap<>();
                    for (String table : tables) {
                        rows.put(table, copyTable(in, out, table));
                    }
                    Tables.moveIdentitiesPast(out, tables);
                    for (String table : tables) {
                        compare(in, out, table);
                    }
                    out.commit();
                    result = new Result(rows, 0);
                } catch (SQLException | RuntimeException e) {
                    out.rollback();
                    throw e;
                } finally {
                    out.setAutoCommit(true);
                }
                // A bulk copy leaves the planner without statistics until autovacuum gets round to the
                // tables; the first users of a freshly moved-in county would meet sequential-scan plans.
                try (Statement st = out.createStatement()) {
                    st.execute("ANALYZE");
                }
            }
            int copied = copyAttachments(source, from, target);
            return new Result(result.rows(), copied);
        } catch (SQLException e) {
            throw new StorageException("迁移失败,目标数据库未改变:" + e.getMessage(), e);
        }
    }

    private static long copyTable(Connection in, Connection out, String table) throws SQLException {
        long n = 0;
        try (Statement st = in.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i));
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            try (PreparedStatement insert = out.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        insert.setObject(i, rs.getObject(i));
                    }
                    insert.addBatch();
                    if (++n % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        return n;
    }

    /** The same number of rows with the same content on both sides, or the transfer is undone. */
    private static void compare(Connection in, Connection out, String table) throws SQLException {
        Fingerprint a = Fingerprint.of(in, table);
        Fingerprint b = Fingerprint.of(out, table);
        if (a.rows() != b.rows()) {
            throw new StorageException("迁移核对失败:表 " + table + " 原有 " + a.rows() + " 行,目标 " + b.rows() + " 行;目标数据库未改变");
        }
        if (a.hash() != b.hash()) {
            throw new StorageException("迁移核对失败:表 " + table + " 的内容与原数据不一致;目标数据库未改变");
        }
    }

    private int copyAttachments(Database source, DataFolder from, DataFolder target) {
        int copied = 0;
        for (ReferencedFiles r : files) {
            FileStore in = new FileStore(from.attachments().resolve(r.folder()));
            FileStore out = new FileStore(target.attachments().resolve(r.folder()));
            List<String> referenced = source.jdbi().withHandle(h -> h.createQuery(r.query()).mapTo(String.class).list());
            TreeSet<String> hashes = new TreeSet<>();
            referenced.stream().filter(java.util.Objects::nonNull).forEach(hashes::add);
            for (String hash : hashes) {
                Path src = in.path(hash);
                if (!Files.exists(src)) {
                    throw new StorageException("附件 " + r.folder() + "/" + hash + " 在数据目录中缺失,数据库已迁移,附件未全部复制;请先从备份找回该文件");
                }
                Path dst = out.path(hash);
                try {
                    if (!Files.exists(dst) || !hash.equals(sha256(dst))) {
                        Files.createDirectories(dst.getParent());
                        Path tmp = dst.resolveSibling(dst.getFileName() + ".part");
                        Files.copy(src, tmp, StandardCopyOption.REPLACE_EXISTING);
                        if (!hash.equals(sha256(tmp))) {
                            Files.deleteIfExists(tmp);
                            throw new StorageException("附件 " + r.folder() + "/" + hash + " 复制后校验不符,请检查磁盘后重试");
                        }
                        Files.move(tmp, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                        copied++;
                    }
                } catch (IOException e) {
                    throw new StorageException("无法复制附件到 " + dst + ":" + e.getMessage(), e);
                }
            }
        }
        return copied;
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
