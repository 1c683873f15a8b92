package org.fazhi.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import org.fazhi.storage.PostgresTarget;
import org.fazhi.storage.testing.TestEngine;
import org.fazhi.web.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db} refusals against a real PostgreSQL (the postgresql profile runs this class). */
class SharedInstanceOnPostgresTest {
    @TempDir
    Path tmp;

    @Test
    void aLoginTheServerRefusesIsOneChineseLineNamingTheDatabase() {
        String url = TestEngine.baseUrl().replaceAll("user=[^&]*", "user=nobody_here");
        CliRun r = CliRun.of("--db", url, "--data", tmp.resolve("d").toString(), "--port", "0");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.oneChineseLine(), r.err());
        assertTrue(r.err().contains("用户名或密码错误"), r.err());
        assertFalse(r.err().contains("FATAL") || r.err().contains("authentication failed"), "the driver's words stay in the log: " + r.err());
    }

    @Test
    void aDatabaseHoldingSomeoneElsesTablesIsRefusedAndLeftAlone() throws Exception {
        PostgresTarget schema = TestEngine.newSchema();
        Properties login = new Properties();
        login.setProperty("password", TestEngine.password());
        try {
            try (var c = DriverManager.getConnection(schema.url(), login)) {
                c.createStatement().execute("CREATE TABLE invoices (id BIGINT PRIMARY KEY, amount INTEGER)");
            }
            CliRun r = CliRun.of("--db", schema.url(), "--data", tmp.resolve("d").toString(), "--port", "0");
            assertEquals(1, r.exit(), r.err());
            assertTrue(r.oneChineseLine(), r.err());
            assertTrue(r.err().contains("不是法治台账的数据库"), r.err());
            try (var c = DriverManager.getConnection(schema.url(), login);
                 var rs = c.createStatement().executeQuery(
                         "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "nothing was created beside the foreign table");
            }
        } finally {
            TestEngine.dropSchema(schema);
        }
    }
}
