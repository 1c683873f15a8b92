package org.fazhi.web.onlineexam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * /api/questions over real HTTP: the stored shape with its canonical answer, every wrong field named at once and
 * nothing written, 409s, 停用/启用 by PUT, who may change the bank, filters and pages, import and export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionApiTest extends AdminApiCase {
    private static final AtomicInteger SEQ = new AtomicInteger();

    /** A single-choice question whose stem starts with {@code mark}, unique in the test's bank. */
    private static Map<String, Object> single(String mark) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", "SINGLE");
        m.put("stem", mark + "行政复议申请期限是( )。(" + SEQ.incrementAndGet() + ")");
        m.put("options", List.of("十五日", "三十日", "六十日", "九十日"));
        m.put("answer", "c");
        m.put("points", 2);
        m.put("laws", List.of("中华人民共和国行政复议法"));
        return m;
    }

    private JsonNode created(Map<String, Object> body) {
        return admin.created("/api/questions", body);
    }

    private String total(String query) {
        return admin.get("/api/questions?" + query).header("X-Total-Count");
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aQuestionIsStoredWithItsCanonicalAnswerAndReadBack() {
        JsonNode j = createdAndReadBack("/api/questions", Map.of("type", "MULTIPLE", "stem", "存取:下列属于行政处罚的有( )。",
                "options", List.of("警告", "罚款", "记过"), "answer", "a、b", "points", 3, "difficulty", "难",
                "laws", List.of("中华人民共和国行政处罚法"), "analysis", "记过是政务处分。"));
        assertEquals("AB", j.get("answer").asText());
        assertEquals("HARD", j.get("difficulty").asText(), "labels are understood as well as codes");
        assertEquals("多选题", j.get("typeLabel").asText());
        assertEquals(true, j.get("active").asBoolean());
        assertEquals(0, j.get("version").asInt());
        JsonNode tf = created(Map.of("type", "TRUE_FALSE", "stem", "存取:居住权可以继承。", "answer", "错", "points", 2));
        assertEquals("F", tf.get("answer").asText());
        assertEquals("MEDIUM", tf.get("difficulty").asText(), "the default difficulty");
        assertEquals(0, tf.get("options").size());
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndWritesNothing() {
        Map<String, Object> b = single("校验:");
        b.put("answer", "E");
        b.put("points", 0);
        b.put("stem", " ");
        Http.Res many = admin.post("/api/questions", b);
        assertEquals(400, many.status(), many.body());
        assertEquals(List.of("stem", "answer", "points"), many.json().get("errors").findValuesAsText("field"), many.body());
        Map<String, Object> noType = single("校验:");
        noType.put("type", "ESSAY");
        Http.Res type = admin.post("/api/questions", noType);
        assertEquals("type", type.json().get("field").asText(), type.body());
        assertTrue(type.json().get("message").asText().startsWith("题型“ESSAY”无效"), type.body());
        Map<String, Object> tf = single("校验:");
        tf.put("type", "TRUE_FALSE");
        tf.put("answer", "对");
        assertEquals("判断题没有选项", admin.post("/api/questions", tf).json().get("message").asText());
        Map<String, Object> noPoints = single("校验:");
        noPoints.remove("points");
        assertEquals("分值不能为空", admin.post("/api/questions", noPoints).json().get("message").asText());
        assertEquals("0", total("q=" + q("校验:")), "nothing written");
    }

    @Test
    void theSameStemAndAStaleEditAre409AndPutRetiresAndRestores() {
        Map<String, Object> b = single("冲突:");
        JsonNode first = created(b);
        Http.Res twice = admin.post("/api/questions", b);
        assertEquals(409, twice.status(), twice.body());
        assertEquals("stem", twice.json().get("field").asText());
        long id = first.get("id").asLong();
        Map<String, Object> edit = new HashMap<>(b);
        edit.put("version", 0);
        edit.put("active", false);
        Http.Res retired = admin.put("/api/questions/" + id, edit);
        assertEquals(200, retired.status(), retired.body());
        assertEquals(false, retired.json().get("active").asBoolean());
        assertEquals(409, admin.put("/api/questions/" + id, edit).status(), "a stale version");
        edit.put("version", 1);
        edit.remove("active");
        assertEquals(false, admin.put("/api/questions/" + id, edit).json().get("active").asBoolean(), "no active: kept");
        assertEquals("1", total("active=false&q=" + q("冲突:")));
        assertEquals("0", total("active=true&q=" + q("冲突:")));
        assertEquals(400, admin.get("/api/questions?active=maybe").status());
        assertEquals(404, admin.get("/api/questions/999999").status());
        assertEquals(404, admin.get("/api/questions/abc").status());
        assertEquals(204, admin.delete("/api/questions/" + id).status());
        assertEquals(404, admin.delete("/api/questions/" + id).status());
    }

    @Test
    void onlyWritersOfTheWholeLedgerChangeTheBankAndEveryoneReadsIt() {
        Org county = server.org("题库县" + SEQ.incrementAndGet(), OrgKind.COUNTY_GOV, null);
        Org unit = server.services().orgs().create(Actor.SYSTEM, Org.draft("题库局" + SEQ.incrementAndGet(), OrgKind.DEPARTMENT,
                county.id()));
        String scoped = "qb" + SEQ.incrementAndGet();
        server.createUser(scoped, Role.ORGANISER, unit.id());
        String whole = "qw" + SEQ.incrementAndGet();
        server.createUser(whole, Role.ORGANISER, null);
        Http department = server.login(scoped);
        Http justice = server.login(whole);
        JsonNode q = created(single("权限:"));
        Http.Res refused = department.post("/api/questions", single("权限:"));
        assertEquals(403, refused.status(), refused.body());
        assertEquals("题库由司法局统一维护,本账号只能查看", refused.json().get("message").asText());
        assertEquals(403, department.delete("/api/questions/" + q.get("id").asLong()).status());
        assertEquals(200, department.get("/api/questions/" + q.get("id").asLong()).status());
        assertEquals("1", department.get("/api/questions?q=" + q("权限:")).header("X-Total-Count"));
        assertEquals(201, justice.post("/api/questions", single("权限:")).status());
        assertEquals("2", total("q=" + q("权限:")));
    }

    @Test
    void theListFiltersByLawTypeAndDifficultyInPagesNewestFirst() {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(created(single("筛选:")).get("id").asLong());
        }
        Map<String, Object> hard = single("筛选:");
        hard.put("difficulty", "HARD");
        hard.put("laws", List.of("中华人民共和国行政诉讼法"));
        long hardId = created(hard).get("id").asLong();
        Http.Res page = admin.get("/api/questions?q=" + q("筛选:") + "&limit=2&offset=1");
        assertEquals("4", page.header("X-Total-Count"));
        assertEquals(List.of(ids.get(2), ids.get(1)), List.of(page.json().get(0).get("id").asLong(), page.json().get(1).get("id").asLong()));
        assertEquals(hardId, admin.get("/api/questions?q=" + q("筛选:") + "&law=" + q("诉讼法")).json().get(0).get("id").asLong());
        assertEquals("1", total("q=" + q("筛选:") + "&difficulty=HARD"));
        assertEquals("4", total("q=" + q("筛选:") + "&type=" + q("单选题")));
        assertEquals(400, admin.get("/api/questions?type=ESSAY").status());
    }

    @Test
    void aFileIsImportedWhollyOrNotAtAllAndExportedInTheSameColumns() {
        String header = "题型,题干,选项A,选项B,选项C,答案,分值,难度,所涉法律法规\n";
        String good = header + "单选,导入:申请期限( )。,十五日,六十日,九十日,B,2,易,中华人民共和国行政复议法\n"
                + "判断,导入:宪法是根本法。,,,,对,2,,中华人民共和国宪法、中华人民共和国立法法\n";
        Http.Res r = admin.raw("POST", "/api/questions/import", "text/csv", good);
        assertEquals(200, r.status(), r.body());
        assertEquals(2, r.json().get("created").asInt());
        assertEquals(409, admin.raw("POST", "/api/questions/import", "text/csv", good).status(), "the same file twice");
        Http.Res forced = admin.raw("POST", "/api/questions/import?force=true", "text/csv", good);
        assertEquals(2, forced.json().get("unchanged").asInt(), forced.body());

        String bad = header + "单选,导入:坏题一,甲,乙,,C,2,,\n" + "多选,导入:坏题二,甲,乙,丙,AB,很多,,\n";
        Http.Res refused = admin.raw("POST", "/api/questions/import", "text/csv", bad);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("2|答案", "3|分值"), Json.cells(refused.json().get("errors")), refused.body());
        assertEquals("2", total("q=" + q("导入:")), "nothing written");

        Http.Res csv = admin.get("/api/questions/export?format=csv&q=" + q("导入:"));
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,选项G,选项H,答案,分值,难度,所涉法律法规,解析,状态"),
                csv.body());
        assertTrue(csv.body().contains("判断题,导入:宪法是根本法。,,,,,,,,,对,2,中,中华人民共和国宪法、中华人民共和国立法法,,启用"),
                csv.body());
        Http.Res again = admin.raw("POST", "/api/questions/import", "text/csv", csv.body());
        assertEquals(2, again.json().get("unchanged").asInt(), "an export imports again unchanged: " + again.body());
        assertEquals(200, admin.get("/api/questions/import-template?format=xlsx").status());
    }
}
