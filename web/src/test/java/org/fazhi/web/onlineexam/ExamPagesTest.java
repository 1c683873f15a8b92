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
        assertTrue(paper.contains("<li>A. 甲0</li><li>B. 乙0</li><li>C. 丙0</li><li>D. 丁0</li>"), "each question's options: " + paper);
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

    /** A candidate's paper on the API, as the phone's script works it: the case question's id. */
    private static long caseOf(Http phone) {
        for (var q : phone.get("/api/exam/paper").json().get("questions")) {
            if (q.get("type").asText().equals("CASE")) {
                return q.get("id").asLong();
            }
        }
        throw new AssertionError("no case question");
    }

    private Http signIn(String code) {
        Http.Res login = server.anonymous().post("/api/exam-login", Map.of("code", code));
        assertEquals(200, login.status(), login.body());
        return server.anonymous().withToken(login.json().get("token").asText());
    }

    /**
     * The exam page leads to 阅卷: the case question with its answers waiting, linked to its marking page, and a
     * submitted candidate's "待阅 1" linked there too; once marked the link stays (to mark again) with none waiting.
     */
    @Test
    void theExamPageLinksEachCaseQuestionToItsMarkingWithTheAnswersWaiting() {
        ExamBank.fill(server, "阅卷");
        long[] ids = ExamBank.exam(admin, county.id(), "2024-05-20");
        String exam = "/tests/" + ids[0] + "/exam";
        Http first = signIn(ExamBank.code(admin, ids[1], county.id(), "陈一"));
        Http second = signIn(ExamBank.code(admin, ids[1], county.id(), "陈二"));
        long caseId = caseOf(first);
        String marking = exam + "/marking?question=" + caseId;
        assertEquals(200, first.put("/api/exam/answers/" + caseId, Map.of("answer", "应当撤销")).status());
        assertEquals(200, first.post("/api/exam/submit", Map.of()).status());
        assertEquals(200, second.post("/api/exam/submit", Map.of()).status(), "the other leaves the case blank");
        long chen1 = admin.get("/api/exams/" + ids[1] + "/candidates").json().get(0).get("id").asLong();

        String page = pages.get(exam).body();
        assertTrue(page.contains("<a href=\"" + marking + "\">A卷第7题 阅卷</a>:待阅 <strong data-field=\"waiting\">1</strong> 份"),
                page);
        assertTrue(page.contains("<td data-field=\"progress\">已答 1/7,<a href=\"" + marking + "\">待阅 1</a></td>"),
                "the candidate's 待阅 links to the marking: " + page);
        assertTrue(page.contains("<td data-field=\"progress\">已答 0/7</td>"), "nothing waits for the blank one");
        assertTrue(pages.get(marking).body().contains("应当撤销"), "the link is the marking page of that answer");

        assertEquals(303, post(exam + "/marking", "question", String.valueOf(caseId), "candidateId", String.valueOf(chen1),
                "points", "15").status());
        page = pages.get(exam).body();
        assertTrue(page.contains("<a href=\"" + marking + "\">A卷第7题 阅卷</a>:待阅 <strong data-field=\"waiting\">0</strong> 份"),
                "marked: the link stays for marking again, none waiting: " + page);
        assertTrue(page.contains("<td data-field=\"progress\">已答 1/7</td>"), page);
    }

    /**
     * 打印登录码 is for those not yet signed in, as its confirmation says; a candidate whose phone died mid-exam gets a
     * new code from their row (重发登录码) and signs in with it on another phone, their answers and end time kept.
     */
    @Test
    void aSittingCandidateGetsANewCodeFromTheirRowAndSignsInAgainOnAnotherPhone() {
        ExamBank.fill(server, "换机");
        long[] ids = ExamBank.exam(admin, county.id(), "2024-05-21");
        String exam = "/tests/" + ids[0] + "/exam";
        Http.Res login = server.anonymous().post("/api/exam-login", Map.of("code",
                ExamBank.code(admin, ids[1], county.id(), "中途换机考生")));
        assertEquals(200, login.status(), login.body());
        String endsAt = login.json().get("endsAt").asText();
        Http phone = server.anonymous().withToken(login.json().get("token").asText());
        long caseId = caseOf(phone);
        assertEquals(200, phone.put("/api/exam/answers/" + caseId, Map.of("answer", "换机前的作答")).status());
        ExamBank.code(admin, ids[1], county.id(), "未到考生");
        ExamBank.code(admin, ids[1], county.id(), "已交卷考生");
        var candidates = admin.get("/api/exams/" + ids[1] + "/candidates").json();
        long sitting = candidates.get(0).get("id").asLong();
        long waiting = candidates.get(1).get("id").asLong();

        String page = pages.get(exam).body();
        assertTrue(page.contains("data-confirm=\"将为所有尚未登录的考生重新生成登录码"), "the sheet's confirmation says whom");
        assertFalse(page.contains("所有未交卷的考生"), page);
        assertTrue(page.contains("<input type=\"hidden\" name=\"candidateId\" value=\"" + sitting + "\">"),
                "the sitting candidate's row offers a new code: " + page);
        assertTrue(page.contains("将为“中途换机考生”重新生成登录码"), page);
        assertTrue(page.contains("<input type=\"hidden\" name=\"candidateId\" value=\"" + waiting + "\">"));

        String sheet = post(exam + "/codes").body();
        assertFalse(sheet.contains("中途换机考生"), "the sheet is for those not yet signed in");
        assertTrue(sheet.contains("未到考生"), sheet);

        Http.Res one = post(exam + "/codes", "candidateId", String.valueOf(sitting));
        assertEquals(200, one.status(), one.body());
        assertTrue(one.body().contains("已为该考生重新生成登录码"), one.body());
        assertFalse(one.body().contains("未到考生"), "that candidate's slip only");
        Matcher slip = Pattern.compile("<div class=\"exam-slip\"><p><strong>([^<]+)</strong>.*?登录码:<strong class=\"big\">([0-9A-Z]{4}) ([0-9A-Z]{4})</strong>",
                Pattern.DOTALL).matcher(one.body());
        assertTrue(slip.find(), one.body());
        assertEquals("中途换机考生", slip.group(1));
        String newCode = slip.group(2) + slip.group(3);
        assertFalse(slip.find(), "one slip");

        Http.Res again = server.anonymous().post("/api/exam-login", Map.of("code", newCode));
        assertEquals(200, again.status(), again.body());
        assertEquals(endsAt, again.json().get("endsAt").asText(), "the end time is kept");
        Http newPhone = server.anonymous().withToken(again.json().get("token").asText());
        String kept = null;
        for (var q : newPhone.get("/api/exam/paper").json().get("questions")) {
            if (q.get("id").asLong() == caseId) {
                kept = q.get("answer").asText();
            }
        }
        assertEquals("换机前的作答", kept, "the answers are kept");

        // Submitted: no row action, and a code asked for them anyway is refused.
        Http done = signIn(slipCode(post(exam + "/codes", "candidateId", String.valueOf(candidates.get(2).get("id").asLong()))));
        assertEquals(200, done.post("/api/exam/submit", Map.of()).status());
        assertFalse(pages.get(exam).body().contains("name=\"candidateId\" value=\"" + candidates.get(2).get("id").asLong() + "\""));
        assertEquals(400, post(exam + "/codes", "candidateId", String.valueOf(candidates.get(2).get("id").asLong())).status());
    }

    /**
     * A candidate of a unit received by 报送 is read-only here (their code is refused 403), so their row offers no
     * 重发登录码, sitting or not yet signed in, while the other candidates' rows do; once the exam's own unit is a
     * received one the page offers no change at all (no code sheet, no closing, no new candidate).
     */
    @Test
    void aCandidateOfAReceivedUnitIsOfferedNoNewCode() {
        ExamBank.fill(server, "报送考生");
        Org finance = server.org("某县财政局", OrgKind.DEPARTMENT, county);
        long[] ids = ExamBank.exam(admin, county.id(), "2024-05-22");
        String exam = "/tests/" + ids[0] + "/exam";
        ExamBank.code(admin, ids[1], county.id(), "本单位考生");
        signIn(ExamBank.code(admin, ids[1], finance.id(), "报送单位答题考生"));
        ExamBank.code(admin, ids[1], finance.id(), "报送单位未到考生");
        var candidates = admin.get("/api/exams/" + ids[1] + "/candidates").json();
        long own = candidates.get(0).get("id").asLong();
        long sitting = candidates.get(1).get("id").asLong();
        long waiting = candidates.get(2).get("id").asLong();
        String before = pages.get(exam).body();
        assertTrue(before.contains("name=\"candidateId\" value=\"" + sitting + "\""), "offered before the unit is received");
        server.server().database().jdbi().useHandle(h -> h.execute(
                "INSERT INTO received_units (org_id, received_at) VALUES (?, ?)", finance.id(), "2024-05-22T08:00:00Z"));

        String page = pages.get(exam).body();
        assertTrue(page.contains("name=\"candidateId\" value=\"" + own + "\""), "the unit's own candidate keeps it: " + page);
        assertFalse(page.contains("name=\"candidateId\" value=\"" + sitting + "\""), page);
        assertFalse(page.contains("name=\"candidateId\" value=\"" + waiting + "\""), page);
        assertFalse(page.contains("将为“报送单位"), page);
        assertEquals(403, post(exam + "/codes", "candidateId", String.valueOf(sitting)).status(), "what the button led to");
        assertTrue(page.contains("action=\"" + exam + "/codes\""), "the exam itself is not received: its code sheet stays");

        server.server().database().jdbi().useHandle(h -> h.execute(
                "INSERT INTO received_units (org_id, received_at) VALUES (?, ?)", county.id(), "2024-05-22T08:00:00Z"));
        page = pages.get(exam).body();
        assertFalse(page.contains("action=\"" + exam + "/codes\""), "no code sheet nor row code: " + page);
        assertFalse(page.contains("action=\"" + exam + "/close\""), page);
        assertFalse(page.contains("action=\"" + exam + "/candidates\""), page);
        assertTrue(page.contains("本单位考生"), "the candidates are still listed");
    }

    private static String slipCode(Http.Res sheet) {
        assertEquals(200, sheet.status(), sheet.body());
        Matcher m = Pattern.compile("登录码:<strong class=\"big\">([0-9A-Z]{4}) ([0-9A-Z]{4})</strong>").matcher(sheet.body());
        assertTrue(m.find(), sheet.body());
        return m.group(1) + m.group(2);
    }
}
