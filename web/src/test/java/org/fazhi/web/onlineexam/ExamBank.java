package org.fazhi.web.onlineexam;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;

/**
 * Questions put in a test server's bank with plain SQL (the bank's own service and API are another branch's), and an
 * online exam of a new batch over them: 4 single choice (key 乙, the second option), 2 true/false (key 对) and 1
 * case question; the paper 4 × 15 + 2 × 10 + 1 × 20 = 100 points.
 */
public final class ExamBank {
    private ExamBank() {
    }

    public static void fill(TestServer server, String mark) {
        String at = Instant.now(server.clock()).toString();
        server.server().database().jdbi().useTransaction(h -> {
            for (int i = 0; i < 4; i++) {
                insert(h, "SINGLE", mark + "单选题" + i, "[\"甲" + i + "\",\"乙" + i + "\",\"丙" + i + "\",\"丁" + i + "\"]", "B", at);
            }
            for (int i = 0; i < 2; i++) {
                insert(h, "TRUE_FALSE", mark + "判断题" + i, "[]", "T", at);
            }
            insert(h, "CASE", mark + "案例分析题", "[]", mark + "参考答案", at);
        });
    }

    private static void insert(org.jdbi.v3.core.Handle h, String type, String stem, String options, String answer, String at) {
        h.createUpdate("INSERT INTO questions (type, stem, options, answer, points, difficulty, created_at, updated_at) "
                        + "VALUES (:t, :s, :o, :a, 5, 'MEDIUM', :at, :at)")
                .bind("t", type).bind("s", stem).bind("o", options).bind("a", answer).bind("at", at).execute();
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
}
