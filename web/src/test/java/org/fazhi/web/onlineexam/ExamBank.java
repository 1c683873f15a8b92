package org.fazhi.web.onlineexam;

import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.QuestionBank;
import org.fazhi.onlineexam.bank.Difficulty;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionService;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;

/**
 * Questions put in a test server's bank through the bank's service, and an
 * online exam of a new batch over them: 4 single choice (key 乙, the second option), 2 true/false (key 对) and 1
 * case question; the paper 4 × 15 + 2 × 10 + 1 × 20 = 100 points.
 */
public final class ExamBank {
    private ExamBank() {
    }

    public static void fill(TestServer server, String mark) {
        QuestionService bank = new QuestionBank(server.server().database(), server.services().audit(), server.clock()).questions();
        for (int i = 0; i < 4; i++) {
            bank.create(Actor.SYSTEM, Question.draft(QuestionType.SINGLE, mark + "单选题" + i,
                    List.of("甲" + i, "乙" + i, "丙" + i, "丁" + i), "B", 5, Difficulty.MEDIUM, List.of(), null));
        }
        for (int i = 0; i < 2; i++) {
            bank.create(Actor.SYSTEM, Question.draft(QuestionType.TRUE_FALSE, mark + "判断题" + i, List.of(), "T", 5,
                    Difficulty.MEDIUM, List.of(), null));
        }
        bank.create(Actor.SYSTEM, Question.draft(QuestionType.CASE, mark + "案例分析题", List.of(), mark + "参考答案", 5,
                Difficulty.MEDIUM, List.of(), null));
    }

    /** The body that sets up the exam over {@link #fill}'s questions. */
    public static Map<String, Object> setup() {
        return Map.of("minutes", 30, "variants", List.of("A"), "parts", List.of(
                Map.of("type", "SINGLE", "count", 4, "points", 15), Map.of("type", "TRUE_FALSE", "count", 2, "points", 10),
                Map.of("type", "CASE", "count", 1, "points", 20)));
    }

    /** A batch of {@code orgId} (full mark 100) with an online exam over the bank; returns {batchId, examId}. */
    public static long[] exam(Http admin, long orgId, String date) {
        Http.Res b = admin.post("/api/test-batches", Map.of("orgId", orgId, "date", date, "track", "NON_NPC", "mode", "COMPUTER"));
        if (b.status() != 201) {
            throw new AssertionError(b.body());
        }
        long batch = b.json().get("id").asLong();
        Http.Res e = admin.post("/api/test-batches/" + batch + "/exam", setup());
        if (e.status() != 201) {
            throw new AssertionError(e.body());
        }
        return new long[] {batch, e.json().get("id").asLong()};
    }

    /** Adds candidate {@code name} of {@code orgId} to exam {@code examId}; returns their one-time code. */
    public static String code(Http admin, long examId, long orgId, String name) {
        Http.Res r = admin.post("/api/exams/" + examId + "/candidates", Map.of("name", name, "orgId", orgId));
        if (r.status() != 201) {
            throw new AssertionError(r.body());
        }
        return r.json().get("code").asText();
    }
}
