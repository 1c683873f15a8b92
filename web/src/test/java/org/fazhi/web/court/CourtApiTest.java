package org.fazhi.web.court;

import static org.fazhi.web.support.Json.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * /api/court-cases, its hearings and /api/court-hearings over real HTTP: the stored object on create,
 * filters and paging, versions, warnings, field errors, roles and the unit scope.
 */
class CourtApiTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @AutoClose
    private static final TestServer server = new TestServer();
    private static final Http admin = server.login(TestServer.ADMIN);
    private static final CourtClient client = new CourtClient(server);
    private static final Org county = client.org("接口测试县人民政府", OrgKind.COUNTY_GOV, null);

    private static Org unit(String name) {
        return client.org(name + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county);
    }

    private static JsonNode createCase(String caseNo, Org unit) {
        return admin.created("/api/court-cases", CourtClient.caseBody(caseNo, unit));
    }

    private static Map<String, Object> appeared(String date, String notified) {
        Map<String, Object> m = new HashMap<>();
        m.put("date", date);
        m.put("notified", notified);
        m.put("headAppeared", true);
        m.put("headName", "张局长");
        m.put("headPosition", "局长");
        m.put("headCategory", "PRINCIPAL");
        m.put("spoke", true);
        return m;
    }

    @Test
    void aCaseIsCreatedReadUpdatedAndDeleted() {
        Org unit = unit("县生态环境局");
        Http.Res created = admin.post("/api/court-cases", CourtClient.caseBody("(2024)皖0101行初1号", unit));
        assertEquals(201, created.status(), created.body());
        JsonNode c = created.json();
        assertEquals("/api/court-cases/" + c.get("id").asLong(), created.header("Location"));
        assertEquals("(2024)皖0101行初1号", c.get("caseNo").asText());
        assertEquals("FIRST", c.get("instance").asText());
        assertEquals("一审", c.get("instanceLabel").asText());
        assertEquals(unit.id(), c.get("defendantOrgId").asLong());
        assertEquals(unit.name(), c.get("defendantOrgName").asText());
        assertEquals("2024-02-01", c.get("filedOn").asText());
        assertEquals("PENDING", c.get("outcome").asText());
        assertEquals(0, c.get("version").asInt());
        assertEquals(0, c.get("hearings").asInt());
        assertFalse(c.get("appeared").asBoolean());

        long id = c.get("id").asLong();
        Map<String, Object> edit = CourtClient.caseBody("(2024)皖0101行初1号", unit);
        edit.put("outcome", "败诉");
        edit.put("adminField", "生态环境");
        edit.put("version", 0);
        Http.Res put = admin.put("/api/court-cases/" + id, edit);
        assertEquals(200, put.status(), put.body());
        assertEquals("LOST", put.json().get("outcome").asText());
        assertEquals("生态环境", put.json().get("adminField").asText());
        assertEquals(1, put.json().get("version").asInt());

        Http.Res stale = admin.put("/api/court-cases/" + id, edit);
        assertEquals(409, stale.status(), "an edit made on version 0 after version 1 was stored");
        assertEquals("CONFLICT", stale.json().get("error").asText());

        assertEquals(201, admin.post("/api/court-cases/" + id + "/hearings", appeared("2024-03-01", null)).status());
        assertEquals(204, admin.delete("/api/court-cases/" + id).status());
        assertEquals(404, admin.get("/api/court-cases/" + id).status());
        assertEquals(404, admin.get("/api/court-cases/abc").status());
        assertEquals(404, admin.delete("/api/court-cases/" + id).status());
    }

    @Test
    void badInputNamesItsFieldAndWritesNothing() {
        Org unit = unit("县审计局");
        Map<String, Object> body = CourtClient.caseBody("", unit);
        body.put("instance", "三审");
        body.put("filedOn", "2023-02-30");
        Http.Res r = admin.post("/api/court-cases", body);
        assertEquals(400, r.status(), r.body());
        List<String> fields = r.json().get("errors").findValuesAsText("field");
        assertTrue(fields.containsAll(List.of("instance", "filedOn", "caseNo")), r.body());
        assertEquals("0", admin.get("/api/court-cases?orgId=" + unit.id()).header("X-Total-Count"));

        createCase("(2024)重复1号", unit);
        Http.Res twice = admin.post("/api/court-cases", CourtClient.caseBody("(2024)重复1号", unit));
        assertEquals(409, twice.status());
        assertEquals("caseNo", twice.json().get("field").asText());
        Map<String, Object> nobody = CourtClient.caseBody("(2024)无单位1号", unit);
        nobody.put("defendantOrgId", 999999);
        assertEquals("defendantOrgId", admin.post("/api/court-cases", nobody).json().get("field").asText());
    }

    @Test
    void theListFiltersPagesAndCounts() {
        Org unit = unit("县税务局");
        Org other = unit("县林业局");
        createCase("(2024)列表1号", unit);
        JsonNode second = createCase("(2024)列表2号", unit);
        Map<String, Object> appeal = CourtClient.caseBody("(2024)列表2号", unit);
        appeal.put("instance", "二审");
        appeal.put("court", "某某市中级人民法院");
        admin.post("/api/court-cases", appeal);
        createCase("(2024)列表3号", other);
        admin.post("/api/court-cases/" + second.get("id").asLong() + "/hearings", appeared("2025-01-10", null));

        Http.Res all = admin.get("/api/court-cases?orgId=" + unit.id() + "&limit=2");
        assertEquals("3", all.header("X-Total-Count"));
        assertEquals(2, all.json().size());
        assertEquals(1, admin.get("/api/court-cases?orgId=" + unit.id() + "&limit=2&offset=2").json().size());
        assertEquals("1", admin.get("/api/court-cases?orgId=" + unit.id() + "&instance=SECOND").header("X-Total-Count"));
        assertEquals("1", admin.get("/api/court-cases?orgId=" + unit.id() + "&q=" + enc("中级")).header("X-Total-Count"));
        Http.Res heard2025 = admin.get("/api/court-cases?orgId=" + unit.id() + "&year=2025");
        assertEquals("1", heard2025.header("X-Total-Count"), "filed in 2024, heard in 2025");
        JsonNode row = heard2025.json().get(0);
        assertEquals(1, row.get("hearings").asInt());
        assertTrue(row.get("appeared").asBoolean());
        assertEquals("2025-01-10", row.get("lastHearing").asText());
        assertEquals("orgId", admin.get("/api/court-cases?orgId=x").json().get("field").asText());
        assertEquals(400, admin.get("/api/court-cases?outcome=赢了").status());
        assertEquals(400, admin.get("/api/court-cases?limit=10001").status());
    }

    @Test
    void hearingsAreAddedCorrectedAndDeletedWithTheirWarnings() {
        long caseId = createCase("(2024)开庭1号", unit("县教育局")).get("id").asLong();
        Http.Res late = admin.post("/api/court-cases/" + caseId + "/hearings", appeared("2024-06-10", "2024-06-08"));
        assertEquals(201, late.status(), late.body());
        JsonNode h = late.json();
        assertEquals(caseId, h.get("caseId").asLong());
        assertEquals("2024-06-08", h.get("notified").asText());
        assertEquals("PRINCIPAL", h.get("headCategory").asText());
        assertEquals(1, h.get("warnings").size());
        assertTrue(h.get("warnings").get(0).asText().contains("少于法定的3日"), h.toString());
        long hid = h.get("id").asLong();
        assertEquals("/api/court-hearings/" + hid, late.header("Location"));

        Map<String, Object> absent = new HashMap<>();
        absent.put("date", "2024-06-10");
        absent.put("headAppeared", false);
        absent.put("absenceReason", "NONE");
        absent.put("lawyerOnly", true);
        absent.put("version", 0);
        Http.Res put = admin.put("/api/court-hearings/" + hid, absent);
        assertEquals(200, put.status(), put.body());
        assertEquals(List.of("负责人无正当理由未出庭", "仅委托律师出庭,违反行政机关负责人出庭应诉规定"),
                texts(put.json().get("warnings")));
        assertEquals(409, admin.put("/api/court-hearings/" + hid, absent).status());
        assertEquals("无正当理由", admin.get("/api/court-hearings/" + hid).json().get("absenceReasonLabel").asText());
        assertTrue(admin.get("/api/court-hearings/" + hid).json().get("absenceNote").isNull(), "no 未出庭情况 given");

        // 未出庭情况 beside the category: stored, read back; refused beside a head who appeared, naming the field.
        Map<String, Object> withNote = new HashMap<>(absent);
        withNote.put("absenceReason", "FORCE_MAJEURE");
        withNote.put("lawyerOnly", false);
        withNote.put("entrustedStaff", "王副局长");
        withNote.put("absenceNote", "负责人因不可抗力委托副职出庭");
        withNote.put("version", 1);
        Http.Res noted = admin.put("/api/court-hearings/" + hid, withNote);
        assertEquals(200, noted.status(), noted.body());
        assertEquals("负责人因不可抗力委托副职出庭", admin.get("/api/court-hearings/" + hid).json().get("absenceNote").asText());
        Map<String, Object> appearedWithNote = appeared("2024-06-11", null);
        appearedWithNote.put("absenceNote", "委托副职出庭");
        Http.Res refused = admin.post("/api/court-cases/" + caseId + "/hearings", appearedWithNote);
        assertEquals(400, refused.status(), refused.body());
        assertEquals("absenceNote", refused.json().get("field").asText());
        Map<String, Object> tooLong = new HashMap<>(withNote);
        tooLong.put("absenceNote", "因".repeat(201));
        tooLong.put("version", 2);
        assertEquals("absenceNote", admin.put("/api/court-hearings/" + hid, tooLong).json().get("field").asText());

        Map<String, Object> noReason = new HashMap<>(absent);
        noReason.remove("absenceReason");
        noReason.remove("version");
        assertEquals("absenceReason", admin.post("/api/court-cases/" + caseId + "/hearings", noReason).json().get("field").asText());
        Map<String, Object> beforeFiling = appeared("2024-01-01", null);
        assertEquals("date", admin.post("/api/court-cases/" + caseId + "/hearings", beforeFiling).json().get("field").asText());
        assertEquals(1, admin.get("/api/court-cases/" + caseId + "/hearings").json().size());

        assertEquals(204, admin.delete("/api/court-hearings/" + hid).status());
        assertEquals(404, admin.get("/api/court-hearings/" + hid).status());
        assertEquals(404, admin.get("/api/court-cases/999999/hearings").status());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aScopedUserCanNeitherSeeNorChangeAnotherUnitsCaseOrHearing() {
        Org own = unit("县司法局");
        Org other = unit("县财政局");
        JsonNode theirs = createCase("(2024)范围1号", other);
        long caseId = theirs.get("id").asLong();
        long hearingId = admin.post("/api/court-cases/" + caseId + "/hearings", appeared("2024-03-01", null))
                .json().get("id").asLong();
        String name = "court-scope" + SEQ.incrementAndGet();
        server.createUser(name, Role.ORGANISER, own.id());
        Http organiser = server.login(name);

        assertEquals(403, organiser.get("/api/court-cases/" + caseId).status());
        Map<String, Object> edit = CourtClient.caseBody("(2024)范围1号", other);
        assertEquals(403, organiser.put("/api/court-cases/" + caseId, edit).status());
        assertEquals(403, organiser.delete("/api/court-cases/" + caseId).status());
        assertEquals(403, organiser.get("/api/court-cases/" + caseId + "/hearings").status());
        assertEquals(403, organiser.post("/api/court-cases/" + caseId + "/hearings", appeared("2024-04-01", null)).status());
        assertEquals(403, organiser.get("/api/court-hearings/" + hearingId).status());
        assertEquals(403, organiser.put("/api/court-hearings/" + hearingId, appeared("2024-03-01", null)).status());
        assertEquals(403, organiser.delete("/api/court-hearings/" + hearingId).status());
        assertEquals(403, organiser.get("/api/court-cases?orgId=" + other.id()).status());
        assertEquals(403, organiser.get("/api/court-appearance?year=2024&orgId=" + other.id()).status());
        assertEquals(403, organiser.post("/api/court-cases", CourtClient.caseBody("(2024)范围2号", other)).status());
        assertEquals("0", organiser.get("/api/court-cases").header("X-Total-Count"), "its own scope has no cases");
        assertEquals(201, organiser.post("/api/court-cases", CourtClient.caseBody("(2024)范围3号", own)).status());
        assertEquals(1, admin.get("/api/court-cases/" + caseId + "/hearings").json().size(), "nothing changed");

        String viewerName = "court-viewer" + SEQ.incrementAndGet();
        server.createUser(viewerName, Role.VIEWER, null);
        Http viewer = server.login(viewerName);
        assertEquals(200, viewer.get("/api/court-cases/" + caseId).status());
        assertEquals(403, viewer.delete("/api/court-hearings/" + hearingId).status());
        assertEquals(401, server.anonymous().get("/api/court-cases").status());
    }
}
