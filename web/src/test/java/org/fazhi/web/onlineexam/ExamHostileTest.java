package org.fazhi.web.onlineexam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;

/**
 * Hostile bodies for every write of the online exams (HostileCoverageTest names this test): broken JSON, arrays,
 * wrong types, missing and unknown values — each a 4xx with a Chinese message, and nothing written (the exams'
 * tables and the audit log as they were).
 */
class ExamHostileTest extends AdminApiCase {
    private static final List<String> BROKEN = List.of("{", "[]", "\"text\"", "123", "null", "{\"a\":1}{");

    private final Org county = server.org("某县人民政府", OrgKind.COUNTY_GOV, null);

    private String state() {
        return server.server().database().jdbi().withHandle(h -> h.createQuery("SELECT (SELECT count(*) FROM exams) || '/' || "
                + "(SELECT count(*) FROM exam_candidates) || '/' || (SELECT count(*) FROM exam_answers) || '/' || "
                + "(SELECT count(*) FROM audit_log) || '/' || (SELECT count(*) FROM test_results) || '/' || "
                + "(SELECT coalesce(sum(CASE WHEN code_hash IS NULL THEN 0 ELSE 1 END), 0) FROM exam_candidates)")
                .mapTo(String.class).one());
    }

    private void refused(List<String> problems, Http as, String method, String path, String body) {
        Http.Res r = as.raw(method, path, "application/json", body);
        if (r.status() < 400 || r.status() >= 500 || !r.body().contains("\"message\"")
                || !r.json().get("message").asText().codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff)) {
            problems.add(method + " " + path + " " + body + " → " + r.status() + " " + r.body());
        }
    }

    @Test
    void everyExamWriteRefusesBadBodiesAndWritesNothing() {
        ExamBank.fill(server, "");
        long batch = admin.post("/api/test-batches", Map.of("orgId", county.id(), "date", "2024-05-10", "track", "NON_NPC"))
                .json().get("id").asLong();
        String before = state();
        List<String> problems = new ArrayList<>();
        String exam = "/api/test-batches/" + batch + "/exam";
        for (String b : BROKEN) {
            refused(problems, admin, "POST", exam, b);
        }
        for (String b : List.of("{}", "{\"minutes\":\"30\"}", "{\"minutes\":30}", "{\"minutes\":30.5,\"parts\":[]}",
                "{\"minutes\":0,\"parts\":[{\"type\":\"SINGLE\",\"count\":4,\"points\":25}]}",
                "{\"minutes\":30,\"parts\":[{\"type\":\"ESSAY\",\"count\":4,\"points\":25}]}",
                "{\"minutes\":30,\"parts\":[null]}", "{\"minutes\":30,\"parts\":[{\"type\":\"SINGLE\",\"count\":-1,\"points\":25}]}",
                "{\"minutes\":30,\"parts\":[{\"type\":\"SINGLE\",\"count\":4,\"points\":25}],\"variants\":[\"B\"]}",
                "{\"minutes\":30,\"parts\":[{\"type\":\"SINGLE\",\"count\":4,\"points\":25},{\"type\":\"SINGLE\",\"count\":4,\"points\":25}]}",
                "{\"minutes\":30,\"parts\":[{\"type\":\"SINGLE\",\"count\":4,\"points\":20}]}",
                "{\"minutes\":30,\"parts\":[{\"type\":\"SINGLE\",\"count\":4,\"points\":25}],\"partialCredit\":\"yes\"}")) {
            refused(problems, admin, "POST", exam, b);
        }
        assertEquals(before, state(), "a refused setup writes nothing");
        long examId = admin.post(exam, ExamBank.setup()).json().get("id").asLong();
        before = state();
        String candidates = "/api/exams/" + examId + "/candidates";
        for (String b : BROKEN) {
            refused(problems, admin, "POST", candidates, b);
            refused(problems, admin, "POST", "/api/exams/" + examId + "/codes", b.equals("null") ? "[1]" : b);
        }
        for (String b : List.of("{}", "{\"name\":\"张三\"}", "{\"name\":\"张三\",\"orgId\":\"1\"}", "{\"name\":1,\"orgId\":" + county.id() + "}",
                "{\"name\":\"张三\",\"orgId\":999999}", "{\"name\":\"张三\",\"orgId\":" + county.id() + ",\"retakeOf\":999999}",
                "{\"name\":\"张三\",\"orgId\":" + county.id() + ",\"personId\":999999}",
                "{\"name\":\"" + "长".repeat(31) + "\",\"orgId\":" + county.id() + "}")) {
            refused(problems, admin, "POST", candidates, b);
        }
        refused(problems, admin, "POST", "/api/exams/" + examId + "/codes", "{\"candidateIds\":[999999]}");
        refused(problems, admin, "POST", "/api/exams/" + examId + "/codes", "{\"candidateIds\":\"1\"}");
        assertEquals(before, state(), "a refused candidate or code writes nothing");

        String code = admin.post(candidates, Map.of("name", "张三", "orgId", county.id())).json().get("code").asText();
        for (String b : BROKEN) {
            refused(problems, server.anonymous(), "POST", "/api/exam-login", b);
        }
        for (String b : List.of("{}", "{\"code\":123}", "{\"code\":\"\"}", "{\"code\":\"" + code.substring(1) + "\"}",
                "{\"code\":\"" + code + "X\"}", "{\"code\":\"ABCDEFGH\"}")) {
            refused(problems, server.anonymous(), "POST", "/api/exam-login", b);
        }
        String token = server.anonymous().post("/api/exam-login", Map.of("code", code)).json().get("token").asText();
        Http me = server.anonymous().withToken(token);
        before = state();
        List<Long> ids = new ArrayList<>();
        me.get("/api/exam/paper").json().get("questions").forEach(q -> ids.add(q.get("id").asLong()));
        long single = ids.get(0);
        for (String b : BROKEN) {
            refused(problems, me, "PUT", "/api/exam/answers/" + single, b);
        }
        for (String b : List.of("{\"answer\":1}", "{\"answer\":[\"A\"]}", "{\"answer\":\"Z\"}", "{\"answer\":\"AB\"}",
                "{\"answer\":\"A,A\"}")) {
            refused(problems, me, "PUT", "/api/exam/answers/" + single, b);
        }
        refused(problems, me, "PUT", "/api/exam/answers/abc", "{\"answer\":\"A\"}");
        refused(problems, me, "PUT", "/api/exam/answers/999999", "{\"answer\":\"A\"}");
        refused(problems, me, "PUT", "/api/exam/answers/" + ids.get(4), "{\"answer\":\"也许\"}");
        assertEquals(before, state(), "a refused answer writes nothing");

        me.put("/api/exam/answers/" + ids.get(6), Map.of("answer", "案例作答"));
        me.post("/api/exam/submit", Map.of());
        before = state();
        String marks = "/api/exams/" + examId + "/candidates/1/marks/" + ids.get(6);
        for (String b : BROKEN) {
            refused(problems, admin, "PUT", marks, b);
        }
        for (String b : List.of("{}", "{\"points\":\"10\"}", "{\"points\":-1}", "{\"points\":21}", "{\"points\":10.25}",
                "{\"points\":10,\"note\":1}", "{\"points\":10,\"note\":\"" + "长".repeat(201) + "\"}")) {
            refused(problems, admin, "PUT", marks, b);
        }
        refused(problems, admin, "PUT", "/api/exams/" + examId + "/candidates/1/marks/" + single, "{\"points\":1}");
        assertEquals(before, state(), "a refused mark writes nothing");
        assertEquals(200, admin.post("/api/exams/" + examId + "/close", Map.of()).status());
        before = state();
        refused(problems, admin, "POST", "/api/exams/" + examId + "/close", "{}");
        refused(problems, admin, "POST", candidates, "{\"name\":\"迟到\",\"orgId\":" + county.id() + "}");
        assertEquals(before, state(), "a closed exam takes nothing more");
        assertTrue(problems.isEmpty(), problems.size() + " bodies were not refused with a Chinese message:\n" + String.join("\n", problems));
    }
}
