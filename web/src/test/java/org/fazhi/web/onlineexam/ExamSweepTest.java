package org.fazhi.web.onlineexam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The server submits a paper whose time is up without the candidate (its sweep runs every 10 s), so the result is
 * in the batch though the candidate closed the page; the candidate's token then only reads the score.
 */
class ExamSweepTest {
    private final TestClock clock = TestClock.on(2024, 5, 10);
    @AutoClose
    private final TestServer server = new TestServer(clock);

    @Test
    void aPaperWhoseTimeIsUpIsSubmittedByTheServer() throws InterruptedException {
        Http admin = server.login(TestServer.ADMIN);
        Org county = server.org("某县人民政府", OrgKind.COUNTY_GOV, null);
        ExamBank.fill(server, "");
        long[] ids = ExamBank.exam(admin, county.id(), "2024-05-10");
        String code = ExamBank.code(admin, ids[1], county.id(), "张三");
        Http me = server.anonymous().withToken(server.anonymous().post("/api/exam-login", Map.of("code", code)).json()
                .get("token").asText());
        long first = me.get("/api/exam/paper").json().get("questions").get(0).get("id").asLong();
        assertEquals(200, me.put("/api/exam/answers/" + first, Map.of("answer", "A")).status());
        clock.advance(Duration.ofMinutes(31));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String status = "";
        while (System.nanoTime() < deadline) {
            status = admin.get("/api/exams/" + ids[1] + "/candidates").json().get(0).get("status").asText();
            if (status.equals("SUBMITTED")) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals("SUBMITTED", status, "the sweep submitted the paper within its period");
        assertTrue(me.get("/api/exam/paper").json().get("submitted").asBoolean());
        assertEquals(409, me.put("/api/exam/answers/" + first, Map.of("answer", "B")).status());
    }
}
