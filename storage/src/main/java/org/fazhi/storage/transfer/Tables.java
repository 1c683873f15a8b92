package org.fazhi.storage.transfer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What the transfer needs to know of the tables: which, in what order, and how to reset what it fills. */
final class Tables {
    private Tables() {
    }

    /**
     * The source's tables, each after the tables its foreign keys point at (the order rows can be
     * inserted in), leaving out those whose names start with one of {@code skipped}.
     */
    static List<String> inForeignKeyOrder(Connection sqlite, String... skipped) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        try (Statement st = sqlite.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (java.util.Arrays.stream(skipped).noneMatch(name::startsWith)) {
                    parents.put(name, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
            try (Statement st = sqlite.createStatement();
                 ResultSet rs = st.executeQuery("SELECT \"table\" FROM pragma_foreign_key_list('" + e.getKey() + "')")) {
                while (rs.next()) {
                    String parent = rs.getString(1);
                    if (!parent.equals(e.getKey()) && parents.containsKey(parent)) {
                        e.getValue().add(parent);
                    }
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (order.size() < parents.size()) {
            int before = order.size();
            for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
                if (!order.contains(e.getKey()) && order.containsAll(e.getValue())) {
                    order.add(e.getKey());
                }
            }
            if (order.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + parents.keySet());
            }
        }
        return order;
    }

    static long rowsIn(Connection c, List<String> tables) throws SQLException {
        long n = 0;
        for (String t : tables) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + t)) {
                rs.next();
                n += rs.getLong(1);
            }
        }
        return n;
    }

    /** Empties the target's tables (TRUNCATE fires no row triggers, so the append-only audit log empties too). */
    static void empty(Connection pg, List<String> tables) throws SQLException {
        try (Statement st = pg.createStatement()) {
            st.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        }
    }

    /** Moves each identity column's sequence past the ids copied in, so the next record gets a new one. */
    static void moveIdentitiesPast(Connection pg, List<String> tables) throws SQLException {
        for (String t : tables) {
            List<String> identities = new ArrayList<>();
            try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                            + "AND table_name = '" + t + "' AND is_identity = 'YES'")) {
                while (rs.next()) {
                    identities.add(rs.getString(1));
                }
            }
            for (String column : identities) {
                try (Statement st = pg.createStatement()) {
                    st.executeQuery("SELECT setval(pg_get_serial_sequence('" + t + "', '" + column + "'), "
                            + "coalesce(max(" + column + "), 0) + 1, false) FROM " + t).close();
                }
            }
        }
    }
}
