package org.fazhi.storage;

import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

/**
 * The PostgreSQL counterpart of the start's {@code quick_check} on SQLite. PostgreSQL keeps its own files
 * sound (WAL, and page checksums where the DBA enabled them), so what a node checks at start is what can be
 * left broken in a sound cluster and would make the ledger answer wrongly without an error: an index left
 * invalid by a failed {@code CREATE INDEX CONCURRENTLY} or {@code REINDEX CONCURRENTLY} (the planner skips it,
 * and a unique one no longer guards duplicates) and a constraint added {@code NOT VALID} (rows already there may
 * break it). Both are catalogue reads of the ledger's own schema: milliseconds at province scale, so every node
 * runs them at every start and refuses to serve before anything is written.
 */
final class PostgresIntegrity {
    private PostgresIntegrity() {
    }

    static void require(Jdbi jdbi, String database) {
        List<String> problems = new ArrayList<>();
        jdbi.useHandle(h -> {
            problems.addAll(h.createQuery("SELECT '索引 ' || c.relname FROM pg_index i"
                    + " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready) ORDER BY c.relname")
                    .mapTo(String.class).list());
            problems.addAll(h.createQuery("SELECT '约束 ' || co.conname || '(表 ' || c.relname || ')' FROM pg_constraint co"
                    + " JOIN pg_namespace n ON n.oid = co.connamespace JOIN pg_class c ON c.oid = co.conrelid"
                    + " WHERE n.nspname = current_schema() AND NOT co.convalidated ORDER BY co.conname")
                    .mapTo(String.class).list());
        });
        if (!problems.isEmpty()) {
            throw new StorageException("PostgreSQL 数据库 " + database + " 完整性检查未通过:"
                    + String.join("、", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? " 等 " + problems.size() + " 处" : "")
                    + " 无效或未经验证。为免数据出错,程序已停止;请数据库管理员重建索引(REINDEX)或验证约束"
                    + "(ALTER TABLE … VALIDATE CONSTRAINT)后再启动");
        }
    }
}
