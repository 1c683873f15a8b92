package org.fazhi.storage.migrate;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.storage.Engine;
import org.jdbi.v3.core.Jdbi;

/** The tables of the database's schema as it is before migrating: what decides "new", "ours" and "legacy". */
record SchemaTables(Set<String> names) {
    static SchemaTables read(Jdbi jdbi, Engine engine) {
        String sql = switch (engine) {
            case SQLITE -> "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
            case POSTGRESQL -> "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
        };
        List<String> names = jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
        return new SchemaTables(new TreeSet<>(names));
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    boolean contains(String table) {
        return names.contains(table);
    }

    /** Whether any component's history is here: this program's own database, at some version. */
    boolean hasHistory() {
        return names.contains(LegacyHistory.TABLE) || names.stream().anyMatch(t -> MigrationSet.componentOf(t) != null);
    }
}
