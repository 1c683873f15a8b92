package org.fazhi.storage.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.Engine;
import org.fazhi.storage.PostgresTarget;
import org.fazhi.storage.migrate.MigrationSet;

/**
 * The engine the suite runs on: SQLite unless {@code -Dfazhi.test.engine=postgresql} (the
 * {@code postgresql} Maven profile sets it). On PostgreSQL every ledger gets a schema of its own in
 * the test database ({@code -Dfazhi.test.pg.url}, default {@code jdbc:postgresql://127.0.0.1:5432/fazhi_test?user=fazhi};
 * password from {@code FAZHI_DB_PASSWORD}, default {@code fazhi}), dropped when the ledger closes. A
 * database that cannot be reached fails the test: a suite asked to run on PostgreSQL never passes
 * without it.
 */
public final class TestEngine {
    /** Guarded by the class: see {@link #execute}. */
    private static Connection admin;

    private TestEngine() {
    }

    public static Engine current() {
        String name = System.getProperty("fazhi.test.engine", "sqlite").toLowerCase(Locale.ROOT);
        return switch (name) {
            case "sqlite" -> Engine.SQLITE;
            case "postgresql" -> Engine.POSTGRESQL;
            default -> throw new IllegalStateException("fazhi.test.engine must be sqlite or postgresql: " + name);
        };
    }

    /** The test database's URL, without a schema. */
    public static String baseUrl() {
        return System.getProperty("fazhi.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/fazhi_test?user=fazhi");
    }

    public static String password() {
        String env = System.getenv("FAZHI_DB_PASSWORD");
        return env == null ? "fazhi" : env;
    }

    /** A new, empty schema in the test database and the target that uses it. */
    public static PostgresTarget newSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        // Named after the schema too, so a test can tell its own ledger's connections on the server.
        String url = baseUrl() + (baseUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema + "&ApplicationName=" + schema;
        return PostgresTarget.of(url, password());
    }

    /** Drops the schema of {@code target} with everything in it. */
    public static void dropSchema(PostgresTarget target) {
        String url = target.url();
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length()).split("&")[0];
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** Opens a ledger in a new schema of the test database; {@code schema[0]} receives it, for dropping. */
    static Database open(DataFolder folder, List<MigrationSet> modules, PostgresTarget[] schema) {
        schema[0] = newSchema();
        try {
            return Database.open(schema[0], folder, modules);
        } catch (RuntimeException e) {
            dropSchema(schema[0]);
            throw e;
        }
    }

    /**
     * Ends, on the server, the connections of one ledger ({@code application}: its schema, which its
     * connections give as their application name) that wait inside a transaction after a query matching
     * {@code like}: how a test shows that a long read is streamed, its rest still on the server, rather
     * than fetched whole. Returns how many were ended.
     */
    public static int endWaitingReads(String application, String like) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("password", password());
        try (Connection c = DriverManager.getConnection(baseUrl(), p);
             java.sql.PreparedStatement st = c.prepareStatement("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                     + "WHERE application_name = ? AND state = 'idle in transaction' AND query LIKE ?")) {
            st.setString(1, application);
            st.setString(2, like);
            try (java.sql.ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("测试用 PostgreSQL 不可用(" + baseUrl() + "):" + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code sql} on the suite's one connection for creating and dropping schemas. A new PostgreSQL
     * connection costs 20–35 ms of the server's time (a process of its own, then the password exchange), and a
     * test ledger would otherwise open two more for its schema alone; the suite creates about a thousand.
     */
    private static synchronized void execute(String sql) {
        try {
            try (Statement st = admin().createStatement()) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            closeAdmin();
            throw new IllegalStateException("测试用 PostgreSQL 不可用(" + baseUrl() + "):" + e.getMessage(), e);
        }
    }

    /** The open connection for schemas, connected anew when there is none or the server ended it. */
    private static Connection admin() throws SQLException {
        if (admin == null || !admin.isValid(5)) {
            closeAdmin();
            java.util.Properties p = new java.util.Properties();
            p.setProperty("password", password());
            p.setProperty("ApplicationName", "fazhi-test-schemas");
            p.setProperty("connectTimeout", "10");
            p.setProperty("loginTimeout", "10");
            admin = DriverManager.getConnection(baseUrl(), p);
        }
        return admin;
    }

    private static void closeAdmin() {
        if (admin != null) {
            try {
                admin.close();
            } catch (SQLException ignored) {
                // A connection that fails to close is gone already; the next call connects anew.
            }
            admin = null;
        }
    }
}
