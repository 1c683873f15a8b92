package org.fazhi.web.onlineexam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The bank's pages over real HTTP: a refused form shows each message at its field with what was typed, a saved one
 * goes back to the list, 停用 from the list; a unit's organiser reads the bank with no control to change it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionPagesTest {
    @AutoClose
    private final TestServer server = new TestServer();
    private final Http admin = Forms.signedIn(server, TestServer.ADMIN);

    private Map<String, String> form(String stem, String answer) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("_csrf", Forms.csrf(admin.get("/questions").body()));
        m.put("type", "SINGLE");
        m.put("stem", stem);
        m.put("optionA", "三日");
        m.put("optionB", "五日");
        m.put("optionC", "七日");
        m.put("answer", answer);
        m.put("points", "2");
        m.put("difficulty", "MEDIUM");
        m.put("laws", "中华人民共和国行政复议法;中华人民共和国行政诉讼法");
        return m;
    }

    /** A form sent with nothing filled in names every wrong field at once, 分值 among them, not one per try. */
    @Test
    void anEmptyFormNamesEveryWrongFieldAtOnce() {
        Map<String, String> empty = new LinkedHashMap<>();
        empty.put("_csrf", Forms.csrf(admin.get("/questions/new").body()));
        for (String field : List.of("type", "stem", "optionA", "optionB", "answer", "points", "difficulty", "laws", "analysis")) {
            empty.put(field, "");
        }
        Http.Res refused = admin.form("/questions", empty);
        assertEquals(400, refused.status());
        for (String message : List.of("题型不能为空", "题干不能为空", "分值不能为空")) {
            assertTrue(refused.body().contains("<span class=\"field-error\">" + message), message + ": " + refused.body());
        }
        empty.put("type", "SINGLE");
        empty.put("_csrf", Forms.csrf(admin.get("/questions/new").body()));
        Http.Res single = admin.form("/questions", empty);
        assertEquals(400, single.status());
        assertEquals(3, single.body().split("<span class=\"field-error\">", -1).length - 1,
                "the stem, the options and the points: " + single.body());
        assertTrue(single.body().contains("<span class=\"field-error\">题干不能为空"), single.body());
        assertTrue(single.body().contains("<span class=\"field-error\">分值不能为空"), single.body());
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndASavedOneIsListedThenRetired() {
        Http.Res refused = admin.form("/questions", form("页面:受理审查期限( )。", "Z"));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("<span class=\"field-error\">答案“Z”无效,应为选项A到C中的字母</span>"), refused.body());
        assertTrue(refused.body().contains(">页面:受理审查期限( )。</textarea>"), "the stem as typed");
        assertTrue(refused.body().contains("value=\"七日\""), "the options as typed");
        Map<String, String> noPoints = form("页面:受理审查期限( )。", "B");
        noPoints.put("points", "两分");
        assertTrue(admin.form("/questions", noPoints).body().contains("分值必须是整数"));

        Http.Res saved = admin.form("/questions", form("页面:受理审查期限( )。", "b"));
        assertEquals(303, saved.status(), saved.body());
        assertTrue(saved.header("Location").endsWith("/questions?msg=created"), saved.header("Location"));
        var q = admin.get("/api/questions?q=" + URLEncoder.encode("页面:", StandardCharsets.UTF_8)).json().get(0);
        assertEquals("[\"中华人民共和国行政复议法\",\"中华人民共和国行政诉讼法\"]", q.get("laws").toString());
        String list = admin.get("/questions?msg=created").body();
        assertTrue(list.contains("已新建。") && list.contains("页面:受理审查期限( )。"), list);

        Http.Res retired = admin.form("/questions/" + q.get("id").asLong() + "/retire", Map.of("_csrf",
                Forms.csrf(list), "version", "0"));
        assertEquals(303, retired.status(), retired.body());
        assertFalse(admin.get("/api/questions/" + q.get("id").asLong()).json().get("active").asBoolean());
        Http.Res stale = admin.form("/questions/" + q.get("id").asLong() + "/restore", Map.of("_csrf", Forms.csrf(list),
                "version", "0"));
        assertEquals(409, stale.status(), "restoring from a stale list");
        String edit = admin.get("/questions/" + q.get("id").asLong() + "/edit").body();
        assertTrue(edit.contains("这道题已停用"), edit);
        String audit = admin.get("/audit?entity=question").body();
        assertTrue(audit.contains("<td>试题</td>\n    <td class=\"wrap\">停用试题 单选题“页面:受理审查期限( )。”"), audit);
        for (String row : List.of("<th scope=\"row\">启用</th><td>是</td><td>否</td>", "<th scope=\"row\">题型</th><td></td><td>单选题</td>",
                "<th scope=\"row\">所涉法律法规</th><td></td><td>中华人民共和国行政复议法、中华人民共和国行政诉讼法</td>",
                "<th scope=\"row\">答案</th><td></td><td>B</td>")) {
            assertTrue(audit.contains(row), row + " in\n" + audit);
        }
        assertFalse(audit.contains("SINGLE") || audit.contains(">type<"), "no code shown raw");
    }

    @Test
    void theImportPageStoresAFileAndSaysHowManyQuestionsItImported() {
        String csv = "题型,题干,选项A,选项B,选项C,答案,分值,难度,所涉法律法规\n"
                + "单选,页面导入:申请期限( )。,十五日,六十日,九十日,B,2,易,中华人民共和国行政复议法\n"
                + "判断,页面导入:宪法是根本法。,,,,对,2,,中华人民共和国宪法\n";
        String csrf = Forms.csrf(admin.get("/questions/import").body());
        HttpResponse<String> r = Forms.multipart(admin, "/questions/import?_csrf=" + csrf, "----bank", "试题.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/questions/import?imported=2"), location);
        assertTrue(admin.get("/questions/import?imported=2").body().contains("已导入 2 条"), "the page says how many");
        assertEquals("2", admin.get("/api/questions?q=" + URLEncoder.encode("页面导入:", StandardCharsets.UTF_8))
                .header("X-Total-Count"));
    }

    @Test
    void aUnitsOrganiserReadsTheBankWithNoControls() {
        assertEquals(201, server.login(TestServer.ADMIN).post("/api/questions", Map.of("type", "TRUE_FALSE", "stem",
                "只读:宪法是国家的根本法。", "answer", "对", "points", 2, "laws", List.of("中华人民共和国宪法"))).status());
        Org unit = server.org("只读局", OrgKind.DEPARTMENT, null);
        server.createUser("bank-reader", Role.ORGANISER, unit.id());
        Http organiser = Forms.signedIn(server, "bank-reader");
        String list = organiser.get("/questions").body();
        assertTrue(list.contains("只读:宪法是国家的根本法。") && list.contains("各单位账号只能查看"), list);
        assertFalse(list.contains("新增试题") || list.contains(">停用</button>") || list.contains("/edit\""), list);
        assertEquals(403, organiser.get("/questions/new").status());
        assertTrue(list.contains("href=\"/questions\" aria-current=\"page\">题库</a>"), "the nav link");
    }
}
