package org.fazhi.training.study;

import static org.fazhi.training.County.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.fazhi.sheets.ImportSource;
import org.fazhi.storage.Engine;
import org.fazhi.storage.testing.TestEngine;
import org.fazhi.training.County;
import org.fazhi.storage.core.RowStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The export reads a long list in one query, newest first, without holding it all in memory. */
class SessionExportTest {
    @AutoClose
    final County c = new County();

    @Test
    void aLongListIsStreamedNewestFirst() {
        int n = 2 * RowStream.FETCH + 1;
        List<StudySession> drafts = new ArrayList<>();
        LocalDate first = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < n; i++) {
            drafts.add(new StudySession(null, c.justice.id(), first.plusDays(i / 3), StudyKind.COLLECTIVE, "第" + i + "次集体学法",
                    List.of("中华人民共和国宪法"), null, null, 60, 10, 9, null, 0));
        }
        c.training.sessionImport().importAll(ADMIN, drafts, new ImportSource("学法.csv", null, 0));

        List<String> states = new ArrayList<>();
        List<StudySession> read = new ArrayList<>();
        c.training.sessionExport().select(ADMIN, new SessionFilter(c.county.id(), null, null, "集体学法")).forEach(s -> {
            if (read.isEmpty() && c.ledger.database().engine() == Engine.POSTGRESQL) {
                // While the first rows are handed over, the export's connection waits for the next
                // fetch inside its transaction: the rest of the result is still on the server.
                states.addAll(statesOfTheExport());
            }
            read.add(s);
        });

        assertEquals(n, read.size());
        for (int i = 1; i < n; i++) {
            StudySession before = read.get(i - 1);
            StudySession s = read.get(i);
            assertTrue(before.date().isAfter(s.date()) || before.date().equals(s.date()) && before.id() > s.id(),
                    "newest first, then the later entered: " + before + " / " + s);
        }
        assertEquals("第" + (n - 1) + "次集体学法", read.get(0).topic());
        if (c.ledger.database().engine() == Engine.POSTGRESQL) {
            // Read at once, the connection would be idle, its query done, by the time the first row is handed over.
            assertTrue(states.contains("idle in transaction"), "streamed in a transaction with a fetch size: " + states);
        }
    }

    /** What the server says the export's connection is doing, asked on a connection of its own. */
    private static List<String> statesOfTheExport() {
        Properties p = new Properties();
        p.setProperty("password", TestEngine.password());
        try (Connection conn = DriverManager.getConnection(TestEngine.baseUrl(), p);
             PreparedStatement st = conn.prepareStatement("SELECT state FROM pg_stat_activity "
                     + "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                     + "AND query LIKE '%FROM study_sessions s%ORDER BY s.date DESC, s.id DESC'");
             ResultSet rs = st.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
