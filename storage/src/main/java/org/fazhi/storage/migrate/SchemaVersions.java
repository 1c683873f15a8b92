package org.fazhi.storage.migrate;

import java.util.Map;
import java.util.TreeMap;
import org.fazhi.storage.Engine;
import org.jdbi.v3.core.Jdbi;

/** The schema version each component of a database has reached: what a backup's manifest records. */
public final class SchemaVersions {
    private SchemaVersions() {
    }

    /** Component to version, from the Flyway histories and, for a ledger from before them, {@code schema_migrations}. */
    public static Map<String, Integer> read(Jdbi jdbi, Engine engine) {
        Map<String, Integer> versions = new TreeMap<>();
        SchemaTables tables = SchemaTables.read(jdbi, engine);
        if (tables.contains(LegacyHistory.TABLE)) {
            LegacyHistory.checksums(jdbi).forEach((component, done) ->
                    versions.put(component, done.keySet().stream().mapToInt(Integer::intValue).max().orElse(0)));
        }
        for (String table : tables.names()) {
            String component = MigrationSet.componentOf(table);
            if (component != null) {
                // Flyway keeps versions as text; the baseline row of a component started at 0 is "0".
                Integer v = jdbi.withHandle(h -> h.createQuery("SELECT max(CAST(version AS INTEGER)) FROM " + table
                        + " WHERE success AND version IS NOT NULL").mapTo(Integer.class).findOne().orElse(null));
                if (v != null) {
                    versions.merge(component, v, Math::max);
                }
            }
        }
        return versions;
    }
}
