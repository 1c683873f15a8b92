package org.fazhi.web.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Shrunk examples the hostile properties found, kept as plain tests. */
class ImportRegressionTest {

    /**
     * A quote opened and never closed used to swallow the rest of the file into one cell (commons-csv's
     * EXCEL format is lenient at EOF): the row imported with 所学法律 = "宪法,李华,30,9,9" and no counts.
     */
    @Test
    void anUnclosedQuoteRefusesTheWholeFile() {
        try (Ledger ledger = new Ledger()) {
            String csv = "单位,日期,类型,主题,所学法律,主讲人,时长(分钟),应到人数,实到人数\r\n"
                    + "清河县司法局,2024-04-01,集体学法,学习第1部法律,宪法,李华,30,9,9\r\n"
                    + "清河县司法局,2024-04-02,集体学法,学习第2部法律,\"宪法,李华,30,9,9\r\n";
            long before = ledger.auditTotal();
            Raw.Answer a = Raw.send(ledger.server.baseUrl(), ledger.admin.token(), "POST", "/api/study-sessions/import",
                    ImportFile.CSV, csv.getBytes(StandardCharsets.UTF_8));
            assertNull(a.problemWithRefusal(), a.toString());
            assertEquals(before, ledger.auditTotal(), "nothing imported");
            assertEquals("1", ledger.admin.get("/api/study-sessions?limit=1").header("X-Total-Count"), "only the fixture's session");
        }
    }
}
