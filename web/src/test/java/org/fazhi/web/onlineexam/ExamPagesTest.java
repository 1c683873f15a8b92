package org.fazhi.web.onlineexam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;

/** The organiser's exam pages: setup by form, a candidate with the code shown once, the code sheet, the paper, marking, closing. */
class ExamPagesTest extends AdminApiCase {
    private final Http pages = Forms.signedIn(server, TestServer.ADMIN);
    private final Org county = server.org("某县人民政府", OrgKind.COUNTY_GOV, null);

    private Http.Res post(String path, String... kv) {
        Map<String, String> f = Http.fields(kv);
        f.put("_csrf", Forms.csrf(pages.get("/").body()));
        return pages.form(path, f);
    }

    @Test
    void anOrganiserSetsUpAnExamAddsACandidatePrintsAndMarks() {
        ExamBank.fill(server, "");
        long batch = admin.post("/api/test-batches", Map.of("orgId", county.id(), "date", "2024-05-10", "track", "NON_NPC"))
                .json().get("id").asLong();
        String exam = "/tests/" + batch + "/exam";
        assertTrue(pages.get("/tests/" + batch).body().contains("href=\"" + exam + "\""), "the batch page links its exam");
        assertTrue(pages.get(exam).body().contains("设置在线考试"));

        Http.Res short1 = post(exam, "minutes", "30", "variants", "A", "singleCount", "4", "singlePoints", "10");
        assertEquals(400, short1.status());
        assertTrue(short1.body().contains("各题型合计40分,与批次满分100分不一致"), "the form comes back with the reason");
        Http.Res tooMany = post(exam, "minutes", "30", "variants", "A", "singleCount", "5", "singlePoints", "20");
        assertTrue(tooMany.body().contains("单选题需要5道,题库中只有4道可用"));
        Http.Res made = post(exam, "minutes", "30", "variants", "A", "singleCount", "4", "singlePoints", "15",
                "trueFalseCount", "2", "trueFalsePoints", "10", "caseCount", "1", "casePoints", "20");
        assertEquals(303, made.status(), made.body());
        assertTrue(pages.get(exam + "?msg=created").body().contains("在线考试已设置"));

        Http.Res added = post(exam + "/candidates", "name", "王<五>", "orgId", String.valueOf(county.id()), "proposedPost", "副局长");
        assertEquals(200, added.status(), added.body());
        Matcher m = Pattern.compile("登录码:<strong class=\"big\">([0-9A-Z]{8})</strong>").matcher(added.body());
        assertTrue(m.find(), "the code is shown once");
        assertTrue(added.body().contains("王&lt;五&gt;"));
        String code = m.group(1);
        assertFalse(pages.get(exam).body().contains(code), "and never again");
        Http.Res bad = post(exam + "/candidates", "name", "", "orgId", String.valueOf(county.id()));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("姓名不能为空"));

        Http.Res sheet = post(exam + "/codes");
        assertEquals(200, sheet.status());
        Matcher slip = Pattern.compile("登录码:<strong class=\"big\">([0-9A-Z]{4}) ([0-9A-Z]{4})</strong>").matcher(sheet.body());
        assertTrue(slip.find(), sheet.body());
        String newCode = slip.group(1) + slip.group(2);
        assertEquals(400, server.anonymous().post("/api/exam-login", Map.of("code", code)).status(), "the old code no longer works");
        Http me = server.anonymous().withToken(server.anonymous().post("/api/exam-login", Map.of("code", newCode)).json()
                .get("token").asText());
        long caseId = 0;
        for (var q : me.get("/api/exam/paper").json().get("questions")) {
            if (q.get("type").asText().equals("CASE")) {
                caseId = q.get("id").asLong();
                me.put("/api/exam/answers/" + caseId, Map.of("answer", "应当<撤销>"));
            }
        }
        me.post("/api/exam/submit", Map.of());
        assertTrue(pages.get(exam).body().contains("已交卷"));

        String paper = pages.get(exam + "/paper?variant=A").body();
        assertTrue(paper.contains("单选题0") && !paper.contains("答案:"), "the paper without its key");
        assertTrue(pages.get(exam + "/paper?variant=A&key=1").body().contains("答案:B"));

        String marking = pages.get(exam + "/marking?question=" + caseId).body();
        assertTrue(marking.contains("应当&lt;撤销&gt;") && marking.contains("参考答案"), marking);
        Http.Res over = post(exam + "/marking", "question", String.valueOf(caseId), "candidateId", "1", "points", "25");
        assertEquals(400, over.status());
        assertTrue(over.body().contains("得分应在0到20分之间"));
        assertEquals(303, post(exam + "/marking", "question", String.valueOf(caseId), "candidateId", "1", "points", "12.5",
                "note", "要点不全").status());
        assertEquals(12.5, admin.get("/api/test-batches/" + batch + "/results").json().get(0).get("score").asDouble());
        assertEquals(303, post(exam + "/close").status());
        assertTrue(pages.get(exam).body().contains("已结束"));
    }
}
