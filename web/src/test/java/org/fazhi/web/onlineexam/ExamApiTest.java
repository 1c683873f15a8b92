package org.fazhi.web.onlineexam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;

/** The online exam over HTTP: codes, candidate tokens, answers, submit, marking, and what a token must not open. */
class ExamApiTest extends AdminApiCase {
    private final Org county = server.org("某县人民政府", OrgKind.COUNTY_GOV, null);

    private String code(long exam, String name) {
        Http.Res r = admin.post("/api/exams/" + exam + "/candidates", Map.of("name", name, "orgId", county.id(),
                "proposedPost", "副局长"));
        assertEquals(201, r.status(), r.body());
        return r.json().get("code").asText();
    }

    private Http candidate(String code) {
        Http.Res r = server.anonymous().post("/api/exam-login", Map.of("code", code));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().has("endsAt"));
        return server.anonymous().withToken(r.json().get("token").asText());
    }

    /** The shown letter of the right option (乙…) of a single choice item. */
    private static String right(JsonNode item) {
        for (int i = 0; i < item.get("options").size(); i++) {
            if (item.get("options").get(i).asText().startsWith("乙")) {
                return String.valueOf((char) ('A' + i));
            }
        }
        throw new AssertionError(item.toString());
    }

    @Test
    void aCandidateSitsThePaperAndTheMarkedScoreBecomesTheBatchResult() {
        ExamBank.fill(server, "");
        long[] ids = ExamBank.exam(admin, county.id(), "2024-05-10");
        String code = code(ids[1], "张三");
        Http me = candidate(code);
        assertEquals(400, server.anonymous().post("/api/exam-login", Map.of("code", code)).status(), "a code works once");
        assertEquals(400, server.anonymous().post("/api/exam-login", Map.of("code", "ABCDEFGH")).status());
        Http other = candidate(code(ids[1], "李四"));

        Http.Res paper = me.get("/api/exam/paper");
        assertEquals(200, paper.status(), paper.body());
        assertFalse(paper.body().contains("\"answer\":\"B\"") || paper.body().contains("参考答案") || paper.body().contains("\"T\""),
                "no key in the paper: " + paper.body());
        JsonNode items = paper.json().get("questions");
        assertEquals(7, items.size());
        long caseId = 0;
        for (JsonNode q : items) {
            long id = q.get("id").asLong();
            String answer = switch (q.get("type").asText()) {
                case "SINGLE" -> right(q);
                case "TRUE_FALSE" -> "对";
                default -> "应当撤销";
            };
            if (q.get("type").asText().equals("CASE")) {
                caseId = id;
            }
            Http.Res saved = me.put("/api/exam/answers/" + id, Map.of("answer", answer));
            assertEquals(200, saved.status(), saved.body());
            assertFalse(saved.body().contains("参考答案"));
        }
        JsonNode reloaded = me.get("/api/exam/paper").json().get("questions");
        assertEquals(right(reloaded.get(0)), reloaded.get(0).get("answer").asText(), "a reload shows the saved answer");

        // Another candidate's token neither reads nor writes this paper: the same question (one variant) is theirs to
        // answer on their own paper, and this candidate's answer stays.
        long mine = items.get(0).get("id").asLong();
        String before = me.get("/api/exam/paper").json().get("questions").get(0).get("answer").asText();
        for (String a : new String[] {"A", "B", "C"}) {
            assertEquals(200, other.put("/api/exam/answers/" + mine, Map.of("answer", a)).status());
        }
        assertEquals(before, me.get("/api/exam/paper").json().get("questions").get(0).get("answer").asText());
        assertEquals(400, me.put("/api/exam/answers/999999", Map.of("answer", "A")).status());
        assertEquals(400, me.put("/api/exam/answers/" + mine, Map.of("answer", "Z")).status());
        assertFalse(other.get("/api/exam/paper").body().contains("张三"));

        // The token opens no ledger API and no page.
        for (String path : new String[] {"/api/orgs", "/api/test-batches", "/api/exams/" + ids[1] + "/candidates",
                "/api/exams/" + ids[1] + "/papers/A", "/api/test-batches/" + ids[0] + "/results"}) {
            Http.Res r = me.get(path);
            assertEquals(401, r.status(), path + " " + r.body());
        }
        Http.Res page = me.get("/tests");
        assertEquals(303, page.status(), "a page sends the token's holder to the login page");
        assertTrue(page.header("Location").contains("/login"), page.header("Location"));
        assertEquals(401, server.anonymous().get("/api/exam/paper").status());
        assertEquals(401, server.anonymous().withToken("forged").get("/api/exam/paper").status());
        // A staff token is no candidate token.
        assertEquals(401, admin.get("/api/exam/paper").status());

        Http.Res submit = me.post("/api/exam/submit", Map.of());
        assertEquals(200, submit.status(), submit.body());
        assertEquals(80.0, submit.json().get("score").asDouble());
        assertTrue(submit.json().get("awaitingMarking").asBoolean());
        Http.Res late = me.put("/api/exam/answers/" + mine, Map.of("answer", "A"));
        assertEquals(409, late.status());
        assertTrue(late.json().get("message").asText().contains("试卷已提交"), late.body());

        JsonNode answers = admin.get("/api/exams/" + ids[1] + "/questions/" + caseId + "/answers").json();
        assertEquals(1, answers.size());
        assertEquals("应当撤销", answers.get(0).get("answer").asText());
        long who = answers.get(0).get("candidateId").asLong();
        Http.Res marked = admin.put("/api/exams/" + ids[1] + "/candidates/" + who + "/marks/" + caseId,
                Map.of("points", 15.5, "note", "要点齐全"));
        assertEquals(200, marked.status(), marked.body());
        assertEquals(95.5, marked.json().get("score").asDouble());
        JsonNode results = admin.get("/api/test-batches/" + ids[0] + "/results").json();
        assertEquals(1, results.size());
        assertEquals(95.5, results.get(0).get("score").asDouble());
        assertEquals("PASSED", results.get(0).get("outcome").asText());

        Http.Res closed = admin.post("/api/exams/" + ids[1] + "/close", Map.of());
        assertEquals(200, closed.status(), closed.body());
        assertEquals(2, admin.get("/api/test-batches/" + ids[0] + "/results").json().size(), "李四 sat but did not submit");
        JsonNode stats = admin.get("/api/exams/" + ids[1] + "/stats").json();
        assertEquals(7, stats.size());
        long bankId = admin.get("/api/exams/" + ids[1] + "/papers/A").json().get(0).get("questionId").asLong();
        assertEquals(200, admin.get("/api/questions/" + bankId + "/stats").status());
        String questionPage = org.fazhi.web.support.Forms.signedIn(server, TestServer.ADMIN).get("/questions/" + bankId + "/edit").body();
        assertTrue(questionPage.contains("作答统计") && questionPage.contains("份已交试卷中出现,全部答对"), "the bank's question page shows how it fared: " + questionPage);
    }

    @Test
    void aRuleTheBankCannotFillIsA400NamingThePart() {
        long batch = admin.post("/api/test-batches", Map.of("orgId", county.id(), "date", "2024-05-10", "track", "NON_NPC"))
                .json().get("id").asLong();
        Http.Res r = admin.post("/api/test-batches/" + batch + "/exam", ExamBank.setup());
        assertEquals(400, r.status());
        assertEquals("单选题需要4道,题库中只有0道可用", r.json().get("message").asText());
        assertEquals(404, admin.get("/api/test-batches/" + batch + "/exam").status());
    }

    /** Codes that are not one count against the address: after 30 a valid code waits too (429, in Chinese). */
    @Test
    void guessingCodesFromOneAddressIsPaused() {
        ExamBank.fill(server, "");
        long[] ids = ExamBank.exam(admin, county.id(), "2024-05-10");
        String code = code(ids[1], "张三");
        for (int i = 0; i < 30; i++) {
            Http.Res r = server.anonymous().post("/api/exam-login", Map.of("code", String.format("ZZZZ%04d", i)));
            assertEquals(400, r.status(), "try " + i + ": " + r.body());
        }
        Http.Res paused = server.anonymous().post("/api/exam-login", Map.of("code", code));
        assertEquals(429, paused.status(), paused.body());
        assertTrue(paused.json().get("message").asText().startsWith("登录码错误次数过多"), paused.body());
    }
}
