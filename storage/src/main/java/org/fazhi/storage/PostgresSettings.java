package org.fazhi.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The connection pool of a shared PostgreSQL instance and the check made before it is used: the server
 * can be reached, takes our login, and keeps text as UTF-8 — each failure told in one Chinese line,
 * before anything is written (left to itself, the pool would retry for its whole timeout and then say little).
 */
final class PostgresSettings {
    /** Seconds to wait for the server to answer at all: an office network either answers fast or not. */
    private static final int CONNECT_TIMEOUT_S = 5;

    private PostgresSettings() {
    }

    /**
     * The pool, its first connection made now and asked {@link #requireUsable}'s questions: a server that
     * cannot be reached, a login refused or a database that cannot hold our text is told in one Chinese line
     * before anything is written, and the connection that answered stays in the pool (a new PostgreSQL
     * connection is a server process of its own: tens of milliseconds of every start).
     */
    static HikariDataSource pool(PostgresTarget target, int size) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(target.url());
        hc.setDataSourceProperties(properties(target));
        hc.setPoolName("fazhi-postgresql");
        hc.setMaximumPoolSize(size);
        hc.setMinimumIdle(2);
        hc.setConnectionTimeout(30_000);
        // The first connection is made now, and a refusal reported after one more second (Hikari's pause
        // before giving up), not retried for the whole connection timeout.
        hc.setInitializationFailTimeout(1);
        // SQLite runs one writer at a time, and the services' check-then-write (a unit's name is free,
        // a file was not imported before) relies on it. SERIALIZABLE gives the same guarantee across
        // connections and nodes; a transaction that loses a race is retried (Database installs
        // Jdbi's SerializableTransactionRunner), and then sees the winner's row.
        hc.setTransactionIsolation("TRANSACTION_SERIALIZABLE");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            // A refused connection (PoolInitializationException), or a URL the driver does not take (Hikari's
            // "Failed to get driver instance"): the driver's SQLException says which.
            if (e.getCause() instanceof SQLException cause) {
                throw new StorageException(message(target, cause), cause);
            }
            throw new StorageException("无法使用数据库 " + target.describe() + ":" + e.getMessage(), e);
        }
        try (Connection c = pool.getConnection()) {
            requireUsable(target, c);
            return pool;
        } catch (SQLException e) {
            pool.close();
            throw new StorageException(message(target, e), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Connects once and asks the questions whose wrong answer makes the database unusable for us. */
    static void requireUsable(PostgresTarget target) {
        try (Connection c = DriverManager.getConnection(target.url(), properties(target))) {
            requireUsable(target, c);
        } catch (SQLException e) {
            throw new StorageException(message(target, e), e);
        }
    }

    private static void requireUsable(PostgresTarget target, Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('server_encoding'), current_setting('server_version_num')::int")) {
            rs.next();
            String encoding = rs.getString(1);
            if (!"UTF8".equalsIgnoreCase(encoding)) {
                throw new StorageException("数据库 " + target.describe() + " 的编码是 " + encoding
                        + ",须为 UTF8 才能保存中文:请以 CREATE DATABASE … ENCODING 'UTF8' 重建");
            }
            if (rs.getInt(2) < 120000) {
                throw new StorageException("数据库 " + target.describe() + " 的 PostgreSQL 版本过旧,须为 12 或更新");
            }
        }
    }

    static String message(PostgresTarget target, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return "无法登录数据库 " + target.describe() + ":用户名或密码错误(密码取自环境变量 FAZHI_DB_PASSWORD)";
        }
        if (state.equals("3D000")) {
            return "数据库 " + target.describe() + " 不存在:请先由数据库管理员创建";
        }
        if (state.startsWith("08")) {
            return "无法连接数据库服务器 " + target.hostAndPort() + ":请检查地址、端口和网络,以及服务器是否已启动";
        }
        return "无法使用数据库 " + target.describe() + ":" + e.getMessage();
    }

    private static Properties properties(PostgresTarget target) {
        Properties p = new Properties();
        if (target.user() != null) {
            p.setProperty("user", target.user());
        }
        if (target.password() != null) {
            p.setProperty("password", target.password());
        }
        p.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_S));
        p.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_S));
        p.setProperty("ApplicationName", "fazhi-ledger");
        return p;
    }
}
