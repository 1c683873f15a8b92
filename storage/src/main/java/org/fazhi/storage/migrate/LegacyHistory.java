package org.fazhi.storage.migrate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The history kept by this program's own runner before it moved to Flyway: {@code schema_migrations}
 * with one row per component and version and a SHA-256 of each script. A ledger written then is checked
 * against it exactly as before (newer versions and changed scripts refused) and each component's
 * Flyway history then starts at the version it had reached. The old table stays, untouched, so an
 * archive of either age can be read back.
 */
final class LegacyHistory {
    static final String TABLE = "schema_migrations";

    private LegacyHistory() {
    }

    /**
     * The version each component of {@code sets} had reached in {@code schema_migrations}, for the
     * components Flyway does not keep yet; empty for a database without the old table.
     */
    static Map<String, Integer> takeOverVersions(Jdbi jdbi, SchemaTables tables, List<MigrationSet> sets) {
        Map<String, Integer> out = new HashMap<>();
        if (!tables.contains(TABLE)) {
            return out;
        }
        Map<String, Map<Integer, String>> applied = checksums(jdbi);
        for (MigrationSet set : sets) {
            Map<Integer, String> done = applied.get(set.component());
            if (done == null || tables.contains(set.historyTable())) {
                continue;
            }
            for (Map.Entry<Integer, String> e : done.entrySet()) {
                if (e.getKey() > set.latestVersion()) {
                    throw MigrationRunner.newer(set, e.getKey());
                }
                if (!set.migrations().get(e.getKey() - 1).checksum().equals(e.getValue())) {
                    throw MigrationRunner.changed(set, e.getKey());
                }
            }
            out.put(set.component(), done.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        }
        return out;
    }

    /** Each component's applied versions, for a backup's manifest of an archive of either age. */
    static Map<String, Map<Integer, String>> checksums(Jdbi jdbi) {
        Map<String, Map<Integer, String>> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT component, version, checksum FROM " + TABLE)
                .map((rs, ctx) -> {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getString(3));
                    return null;
                })
                .list());
        return out;
    }
}
