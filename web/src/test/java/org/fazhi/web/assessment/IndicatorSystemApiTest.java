package org.fazhi.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** /api/indicator-systems over real HTTP: create, read, field errors, versions, import, export and the sample. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorSystemApiTest extends AdminApiCase {
    IndicatorSystemApiTest() {
        super(RoundApiTest.CLOCK);
    }

    static Map<String, Object> indicator(String code, String parent, String title, Object points, String metric) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("parentCode", parent);
        m.put("title", title);
        m.put("standard", "按要求落实");
        m.put("points", points);
        m.put("metric", metric);
        m.put("evidenceKinds", parent == null ? List.of() : List.of("FILE", "NOTE"));
        return m;
    }

    static Map<String, Object> system(String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("fromYear", 2026);
        m.put("indicators", new ArrayList<>(List.of(indicator("1", null, "依法履职", null, null),
                indicator("1.1", "1", "负责人出庭应诉", 40, "COURT_APPEARANCE_RATE"),
                indicator("1.2", "1", "学法计划", 60, null))));
        return m;
    }

    private int count() {
        return admin.get("/api/indicator-systems").json().size();
    }

    @Test
    void aSystemIsCreatedWithItsTreeAndReadBack() {
        Http.Res r = admin.post("/api/indicator-systems", system("示范指标A"));
        assertEquals(201, r.status(), r.body());
        JsonNode j = admin.get("/api/indicator-systems/" + r.json().get("id").asLong()).json();
        assertEquals("示范指标A", j.get("title").asText());
        assertEquals(100.0, j.get("total").asDouble());
        assertEquals(1, j.get("number").asInt());
        JsonNode leaf = j.get("indicators").get(1);
        for (String f : List.of("code", "parentCode", "title", "standard", "points", "evidenceKinds", "appliesTo", "metric", "veto")) {
            assertTrue(leaf.has(f), f + " in " + leaf);
        }
        assertEquals("COURT_APPEARANCE_RATE", leaf.get("metric").asText());
        assertEquals(100.0, j.get("indicators").get(0).get("points").asDouble(), "a parent gets its children's sum");
    }

    @Test
    void badIndicatorsAreNamedByTheirPlaceAndNothingIsStored() {
        int before = count();
        Map<String, Object> body = system("错误的体系");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("indicators");
        items.get(2).put("points", 0);
        items.get(1).put("metric", "不存在的指标");
        Http.Res r = admin.post("/api/indicator-systems", body);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("indicators.1.metric"), r.body());
        assertTrue(r.body().contains("第2项指标"), r.body());
        assertEquals(before, count(), "nothing written");
    }

    @Test
    void aStaleEditIsRefusedAndAUsedSystemGetsANewVersion() {
        JsonNode s = admin.post("/api/indicator-systems", system("示范指标B")).json();
        long id = s.get("id").asLong();
        Map<String, Object> edit = system("示范指标B(修订)");
        edit.put("version", s.get("version").asInt());
        Http.Res ok = admin.put("/api/indicator-systems/" + id, edit);
        assertEquals(200, ok.status(), ok.body());
        assertEquals(id, ok.json().get("id").asLong(), "an unused system changes in place");
        Http.Res stale = admin.put("/api/indicator-systems/" + id, edit);
        assertEquals(409, stale.status(), stale.body());

        Org county = server.org("版本县", OrgKind.COUNTY_GOV, null);
        server.org("版本镇", OrgKind.TOWNSHIP, county);
        Http.Res round = admin.post("/api/assessment-rounds", RoundApiTest.round(id, county.id()));
        assertEquals(201, round.status(), round.body());
        edit.put("version", ok.json().get("version").asInt());
        Http.Res next = admin.put("/api/indicator-systems/" + id, edit);
        assertEquals(200, next.status(), next.body());
        assertNotEquals(id, next.json().get("id").asLong(), "a used system is kept; the edit is its next version");
        assertEquals(2, next.json().get("number").asInt());
        assertEquals(id, next.json().get("basedOn").asLong());
    }

    @Test
    void anImportIsAllOrNothingWithRowAndColumnAndExportsBack() {
        int before = count();
        String bad = "编码,上级编码,指标名称,评分标准,分值,佐证材料,适用单位,关联台账指标\n"
                + "1,,依法行政,,,,,\n1.1,1,制度建设,,abc,,,\n1.2,9,执法,,10,,,\n";
        Http.Res refused = admin.raw("POST", "/api/indicator-systems/import?fileName=bad.csv", "text/csv", bad);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"row\""), refused.body());
        assertTrue(refused.body().contains("分值"), refused.body());
        assertEquals(before, count(), "nothing written");

        String good = "编码,上级编码,指标名称,评分标准,分值,佐证材料,适用单位,关联台账指标\n"
                + "1,,依法行政,,,,,\n1.1,1,制度建设,,30,文件,乡镇,\n1.2,1,出庭应诉,,70,,,负责人出庭率;达到90%得满分\n";
        Http.Res r = admin.raw("POST", "/api/indicator-systems/import?fileName=" + java.net.URLEncoder.encode("县指标体系.csv",
                java.nio.charset.StandardCharsets.UTF_8), "text/csv", good);
        assertEquals(200, r.status(), r.body());
        assertEquals(3, r.json().get("imported").asInt());
        JsonNode imported = r.json().get("system");
        assertEquals("县指标体系", imported.get("title").asText());
        assertEquals("TOWNSHIP", imported.get("indicators").get(1).get("appliesTo").get(0).asText());
        Http.Res csv = admin.get("/api/indicator-systems/" + imported.get("id").asLong() + "/export?format=csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains("负责人出庭率;达到90%得满分"), csv.body());
        Http.Res template = admin.get("/api/indicator-systems/import-template?format=csv");
        assertEquals(200, template.status());
        assertTrue(template.body().startsWith("\uFEFF编码") || template.body().startsWith("编码"), template.body());
    }

    @Test
    void theSampleLoadsMarkedAsSampleAndReadersCannotWrite() {
        Http.Res r = admin.post("/api/indicator-systems/sample", Map.of());
        assertEquals(201, r.status(), r.body());
        assertTrue(r.json().get("sample").asBoolean());
        assertEquals(100.0, r.json().get("total").asDouble());
        Org county = server.org("读者县", OrgKind.COUNTY_GOV, null);
        server.createUser("zhaoreader", Role.VIEWER, county.id());
        Http reader = server.login("zhaoreader");
        assertEquals(200, reader.get("/api/indicator-systems/" + r.json().get("id").asLong()).status());
        int before = count();
        assertEquals(403, reader.post("/api/indicator-systems", system("读者的体系")).status());
        assertEquals(403, reader.post("/api/indicator-systems/sample", Map.of()).status());
        assertEquals(before, count());
        assertFalse(admin.get("/api/indicator-systems/999999").status() == 200);
    }
}
