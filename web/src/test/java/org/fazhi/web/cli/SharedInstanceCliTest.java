package org.fazhi.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.web.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db} refusals that need no PostgreSQL: each is one Chinese line, a non-zero exit, and nothing written. */
class SharedInstanceCliTest {
    @TempDir
    Path tmp;

    @Test
    void aServerThatCannotBeReachedOrAPortThatIsNoneIsOneLineAndNoDatabaseFileAppears() {
        // Port 99999 is refused before the driver sees it (which would only log a warning and fail later).
        for (String[] refused : new String[][] {{"1", "无法连接数据库服务器 127.0.0.1:1"},
            {"99999", "数据库地址中的端口须为 1 到 65535 的整数:99999"}}) {
            Path data = tmp.resolve("节点 数据 " + refused[0]);
            CliRun r = CliRun.of("--db", "jdbc:postgresql://127.0.0.1:" + refused[0] + "/fazhi?user=fazhi", "--data",
                    data.toString(), "--port", "0");
            assertEquals(1, r.exit(), r.err());
            assertTrue(r.oneChineseLine(), r.err());
            assertTrue(r.err().contains(refused[1]), r.err());
            assertFalse(Files.exists(data.resolve("fazhi.db")), "no SQLite file is made for a shared instance");
        }
    }

    @Test
    void aPasswordInTheUrlIsRefusedBeforeAnyConnection() {
        CliRun r = CliRun.of("--db", "jdbc:postgresql://127.0.0.1:1/fazhi?user=fazhi&password=secret",
                "--data", tmp.resolve("d").toString(), "--port", "0");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.oneChineseLine(), r.err());
        assertTrue(r.err().contains("FAZHI_DB_PASSWORD"), r.err());
        assertFalse(r.err().contains("secret"), "the password is never echoed: " + r.err());
    }

    @Test
    void aUrlThatIsNotPostgresqlIsRefused() {
        CliRun r = CliRun.of("--db", "jdbc:mysql://127.0.0.1/fazhi", "--data", tmp.resolve("d").toString(), "--port", "0");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("jdbc:postgresql://"), r.err());
    }

    @Test
    void migrateDbFromAFolderWithoutALedgerOrToAnUnreachableServerWritesNothing() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("空目录"));
        CliRun none = CliRun.of("migrate-db", "--from", empty.toString(), "--to", "jdbc:postgresql://127.0.0.1:1/fazhi",
                "--attachments", tmp.resolve("附件").toString());
        assertEquals(1, none.exit(), none.err());
        assertTrue(none.oneChineseLine() && none.err().contains("没有数据库"), none.err());

        Path county = tmp.resolve("县数据");
        assertEquals(0, CliRun.withInput("a long password 1\n", "user", "add", "admin", "--role", "admin",
                "--data", county.toString()).exit());
        CliRun r = CliRun.of("migrate-db", "--from", county.toString(), "--to", "jdbc:postgresql://127.0.0.1:1/fazhi",
                "--attachments", tmp.resolve("附件").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.oneChineseLine() && r.err().contains("无法连接数据库服务器"), r.err());
        assertFalse(Files.exists(tmp.resolve("附件")), "nothing copied");
    }

    @Test
    void backupAndRestoreOfASharedInstanceSayWhatToUseInstead() {
        for (String[] args : new String[][] {
                {"backup", "--to", tmp.resolve("b.zip").toString(), "--db", "jdbc:postgresql://127.0.0.1:1/fazhi"},
                {"restore", "--from", tmp.resolve("b.zip").toString(), "--db", "jdbc:postgresql://127.0.0.1:1/fazhi"}}) {
            CliRun r = CliRun.of(args);
            assertEquals(1, r.exit(), r.err());
            assertTrue(r.oneChineseLine(), r.err());
            assertTrue(r.err().contains("pg_dump"), r.err());
            assertFalse(Files.exists(tmp.resolve("b.zip")));
        }
    }
}
