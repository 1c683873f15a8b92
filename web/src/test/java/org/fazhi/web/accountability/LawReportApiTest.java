package org.fazhi.web.accountability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * /api/law-reports over real HTTP and SQLite: the stored shape, field-level refusals, one per leader and
 * year, versions, scope, the year's figures and the exports. Each test makes its own units.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LawReportApiTest extends AdminApiCase {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Org org(String name, OrgKind kind, Org parent) {
        return server.org(name + SEQ.incrementAndGet(), kind, parent);
    }

    private Person person(Org org, String name, LeaderCategory category) {
        return server.person(org, name, "局长", category);
    }

    private static Map<String, Object> report(Person p, int year, String way, String on, String rating, Object score) {
        Map<String, Object> m = new HashMap<>();
        m.put("personId", p.id());
        m.put("year", year);
        m.put("way", way);
        m.put("reportedOn", on);
        m.put("rating", rating);
        m.put("score", score);
        m.put("note", "述法报告已存档");
        return m;
    }

    private JsonNode created(Map<String, Object> body) {
        return admin.created("/api/law-reports", body);
    }

    private Http organiserOf(Org scope) {
        String name = "zz" + SEQ.incrementAndGet();
        server.createUser(name, Role.ORGANISER, scope.id());
        return server.login(name);
    }

    @Test
    void aReportIsStoredWithThePersonsUnitAndReadBack() {
        Org county = org("述法县", OrgKind.COUNTY_GOV, null);
        Org justice = org("司法局", OrgKind.DEPARTMENT, county);
        Person li = person(justice, "李明", LeaderCategory.PRINCIPAL);
        JsonNode j = createdAndReadBack("/api/law-reports", report(li, 2024, "MEETING", "2025-01-10", "EXCELLENT", 95.5));
        for (String f : List.of("id", "personId", "personName", "orgId", "orgName", "year", "way", "reportedOn", "rating",
                "score", "note", "version")) {
            assertTrue(j.has(f), f + " in " + j);
        }
        assertEquals(justice.id().longValue(), j.get("orgId").asLong(), "the unit comes from the person");
        assertEquals("李明", j.get("personName").asText());
        assertEquals("述职会述法", j.get("wayLabel").asText());
        assertEquals("优秀", j.get("ratingLabel").asText());
        assertEquals(95.5, j.get("score").asDouble());
        // Labels are understood as well as codes.
        JsonNode byLabel = created(report(person(justice, "赵副", LeaderCategory.DEPUTY), 2024, "书面述法", "2024-12-30", "良好", null));
        assertEquals("WRITTEN", byLabel.get("way").asText());
        assertEquals("GOOD", byLabel.get("rating").asText());
        assertTrue(byLabel.get("score").isNull());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        Org unit = org("校验局", OrgKind.DEPARTMENT, null);
        Person head = person(unit, "钱局长", LeaderCategory.PRINCIPAL);
        Person clerk = person(unit, "王芳", LeaderCategory.STAFF);
        Http.Res many = admin.post("/api/law-reports", report(head, 2024, "SPEECH", "2024-02-30", "TOP", 120));
        assertEquals(400, many.status(), many.body());
        List<String> fields = many.json().get("errors").findValuesAsText("field");
        assertTrue(fields.containsAll(List.of("way", "reportedOn", "rating", "score")), many.body());

        Http.Res staff = admin.post("/api/law-reports", report(clerk, 2024, "WRITTEN", "2024-12-30", null, null));
        assertEquals(400, staff.status());
        assertEquals("personId", staff.json().get("field").asText());
        assertTrue(staff.json().get("message").asText().contains("不是负责人"), staff.body());

        Map<String, Object> noPerson = report(head, 2024, "WRITTEN", "2024-12-30", null, null);
        noPerson.remove("personId");
        assertEquals("personId", admin.post("/api/law-reports", noPerson).json().get("field").asText());
        Map<String, Object> noYear = report(head, 2024, "WRITTEN", "2024-12-30", null, null);
        noYear.remove("year");
        assertEquals("year", admin.post("/api/law-reports", noYear).json().get("field").asText());
        assertEquals("reportedOn", admin.post("/api/law-reports", report(head, 2024, "WRITTEN", "2026-01-05", null, null))
                .json().get("field").asText(), "a report of 2024 is given in 2024 or early 2025");
        assertEquals("personId", admin.post("/api/law-reports", report(head.withId(999999), 2024, "WRITTEN", "2024-12-30", null, null))
                .json().get("field").asText());
        Http.Res typed = admin.raw("POST", "/api/law-reports", "application/json", "{\"personId\":" + head.id() + ",\"year\":\"二〇二四\"}");
        assertEquals(400, typed.status(), typed.body());
        assertEquals("year", typed.json().get("field").asText());
        assertEquals("0", admin.get("/api/law-reports?orgId=" + unit.id()).header("X-Total-Count"), "nothing written");
    }

    @Test
    void unknownIdsAre404() {
        assertEquals(404, admin.get("/api/law-reports/999999").status());
        assertEquals(404, admin.get("/api/law-reports/abc").status());
        assertEquals(404, admin.delete("/api/law-reports/999999").status());
        Org unit = org("未知局", OrgKind.DEPARTMENT, null);
        Person p = person(unit, "孙局长", LeaderCategory.PRINCIPAL);
        assertEquals(404, admin.put("/api/law-reports/999999", report(p, 2024, "WRITTEN", "2024-12-30", null, null)).status());
        assertEquals(404, admin.get("/api/law-reports?orgId=999999").status());
    }

    @Test
    void aSecondReportForTheSameYearAndAStaleEditAre409() {
        Org unit = org("冲突局", OrgKind.DEPARTMENT, null);
        Person p = person(unit, "周局长", LeaderCategory.PRINCIPAL);
        JsonNode first = created(report(p, 2024, "WRITTEN", "2024-12-30", null, null));
        Http.Res again = admin.post("/api/law-reports", report(p, 2024, "MEETING", "2025-01-08", null, null));
        assertEquals(409, again.status());
        assertEquals("year", again.json().get("field").asText());
        assertTrue(again.json().get("message").asText().contains("2024年度的述法已经登记过"), again.body());

        String path = "/api/law-reports/" + first.get("id").asLong();
        Map<String, Object> edit = report(p, 2024, "WRITTEN", "2024-12-30", "GOOD", 88);
        edit.put("version", 0);
        Http.Res saved = admin.put(path, edit);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(1, saved.json().get("version").asInt());
        edit.put("rating", "POOR");
        Http.Res stale = admin.put(path, edit);
        assertEquals(409, stale.status());
        assertEquals("version", stale.json().get("field").asText());
        assertEquals("GOOD", admin.get(path).json().get("rating").asText());
        assertEquals(204, admin.delete(path).status());
        assertEquals(404, admin.get(path).status());
    }

    @Test
    void aScopedOrganiserNeitherSeesNorChangesAnotherUnitsReports() {
        Org county = org("范围县", OrgKind.COUNTY_GOV, null);
        Org justice = org("司法局", OrgKind.DEPARTMENT, county);
        Org finance = org("财政局", OrgKind.DEPARTMENT, county);
        Person li = person(justice, "李局长", LeaderCategory.PRINCIPAL);
        Person qian = person(finance, "钱局长", LeaderCategory.PRINCIPAL);
        JsonNode other = created(report(qian, 2024, "WRITTEN", "2024-12-30", null, null));
        String path = "/api/law-reports/" + other.get("id").asLong();
        Http organiser = organiserOf(justice);

        assertEquals(403, organiser.get(path).status());
        assertEquals(403, organiser.put(path, report(qian, 2024, "MEETING", "2024-12-30", null, null)).status());
        assertEquals(403, organiser.delete(path).status());
        assertEquals(403, organiser.post("/api/law-reports", report(qian, 2025, "WRITTEN", "2025-12-30", null, null)).status());
        assertEquals(403, organiser.get("/api/law-reports?orgId=" + finance.id()).status());
        assertEquals(403, organiser.get("/api/law-reports/summary?year=2024&orgId=" + finance.id()).status());
        assertEquals(403, ExportFiles.get(server, organiser, "/api/law-reports/export?format=csv&orgId=" + finance.id()).statusCode());
        assertEquals("WRITTEN", admin.get(path).json().get("way").asText(), "unchanged");

        Http.Res own = organiser.post("/api/law-reports", report(li, 2024, "WRITTEN", "2024-12-30", null, null));
        assertEquals(201, own.status(), own.body());
        Http.Res list = organiser.get("/api/law-reports");
        assertEquals("1", list.header("X-Total-Count"), "the whole list is the organiser's subtree");
        assertEquals("李局长", list.json().get(0).get("personName").asText());

        String viewer = "ck" + SEQ.incrementAndGet();
        server.createUser(viewer, Role.VIEWER, justice.id());
        Http v = server.login(viewer);
        assertEquals(200, v.get("/api/law-reports/" + own.json().get("id").asLong()).status());
        assertEquals(403, v.post("/api/law-reports", report(li, 2025, "WRITTEN", "2025-12-30", null, null)).status());
    }

    @Test
    void listsFilterByYearUnitAndPersonAndPage() {
        Org county = org("列表县", OrgKind.COUNTY_GOV, null);
        Org justice = org("司法局", OrgKind.DEPARTMENT, county);
        Org office = org("办公室", OrgKind.UNIT, justice);
        Org finance = org("财政局", OrgKind.DEPARTMENT, county);
        Person a = person(justice, "甲", LeaderCategory.PRINCIPAL);
        Person b = person(office, "乙", LeaderCategory.PRINCIPAL);
        Person c = person(finance, "丙", LeaderCategory.PRINCIPAL);
        created(report(a, 2023, "WRITTEN", "2023-12-30", null, null));
        created(report(a, 2024, "WRITTEN", "2024-12-30", null, null));
        created(report(b, 2024, "MEETING", "2024-12-30", null, null));
        created(report(c, 2024, "ON_SITE", "2024-12-30", null, null));

        assertEquals("4", admin.get("/api/law-reports?orgId=" + county.id()).header("X-Total-Count"));
        assertEquals("3", admin.get("/api/law-reports?orgId=" + county.id() + "&year=2024").header("X-Total-Count"));
        Http.Res sub = admin.get("/api/law-reports?orgId=" + justice.id() + "&year=2024");
        assertEquals(java.util.Set.of("甲", "乙"), java.util.Set.copyOf(sub.json().findValuesAsText("personName")),
                "the unit and the units below it");
        assertEquals("2", admin.get("/api/law-reports?personId=" + a.id()).header("X-Total-Count"));
        Http.Res page = admin.get("/api/law-reports?orgId=" + county.id() + "&limit=3&offset=2");
        assertEquals("4", page.header("X-Total-Count"));
        assertEquals(2, page.json().size());
        assertEquals("year", admin.get("/api/law-reports?year=abc").json().get("field").asText());
        assertEquals("limit", admin.get("/api/law-reports?limit=0").json().get("field").asText());
        assertEquals("personId", admin.get("/api/law-reports?personId=x").json().get("field").asText());
    }

    @Test
    void theSummaryCountsLeadersReportsWaysAndRatings() {
        Org county = org("统计县", OrgKind.COUNTY_GOV, null);
        Org justice = org("司法局", OrgKind.DEPARTMENT, county);
        Org finance = org("财政局", OrgKind.DEPARTMENT, county);
        Org town = org("城关镇", OrgKind.TOWNSHIP, county);
        Person a = person(justice, "甲", LeaderCategory.PRINCIPAL);
        Person b = person(finance, "乙", LeaderCategory.PRINCIPAL);
        person(town, "丙", LeaderCategory.PRINCIPAL);
        Person d = person(justice, "丁", LeaderCategory.DEPUTY);
        person(justice, "戊", LeaderCategory.STAFF);
        created(report(a, 2024, "MEETING", "2024-12-30", "EXCELLENT", 96));
        created(report(d, 2024, "WRITTEN", "2024-12-30", "GOOD", null));
        created(report(b, 2024, "MEETING", "2025-01-06", null, null));
        created(report(b, 2023, "COMMITTEE", "2023-12-30", "FAIR", null));

        // Principals 甲 乙 丙; 2024 reports by 甲 丁 乙 — two of three principals reported.
        JsonNode s = admin.get("/api/law-reports/summary?year=2024&orgId=" + county.id()).json();
        assertEquals(2024, s.get("year").asInt());
        assertEquals(3, s.get("leaders").asInt());
        assertEquals(2, s.get("reported").asInt());
        assertEquals(66.7, s.get("rate").asDouble());
        assertEquals("66.7%", s.get("rateText").asText());
        assertEquals(3, s.get("reports").asInt());
        assertEquals(1, s.get("byWay").get("WRITTEN").asInt());
        assertEquals(2, s.get("byWay").get("MEETING").asInt());
        assertEquals(0, s.get("byWay").get("COMMITTEE").asInt());
        assertEquals(0, s.get("byWay").get("ON_SITE").asInt());
        assertEquals(1, s.get("byRating").get("EXCELLENT").asInt());
        assertEquals(1, s.get("byRating").get("GOOD").asInt());
        assertEquals(0, s.get("byRating").get("POOR").asInt());
        assertEquals(1, s.get("unrated").asInt());
        assertEquals("2024年度主要负责人应述法3人,已述法2人(66.7%)", s.get("summary").asText());

        JsonNode justice2023 = admin.get("/api/law-reports/summary?year=2023&orgId=" + justice.id()).json();
        assertEquals(1, justice2023.get("leaders").asInt());
        assertEquals(0, justice2023.get("reported").asInt());
        assertEquals("year", admin.get("/api/law-reports/summary?year=20x4").json().get("field").asText());
    }

    @Test
    void exportsParseAsExcelAndCsvWithTheListsFilters() {
        Org county = org("导出县", OrgKind.COUNTY_GOV, null);
        Org justice = org("司法局", OrgKind.DEPARTMENT, county);
        Person a = person(justice, "甲", LeaderCategory.PRINCIPAL);
        Person b = person(justice, "乙", LeaderCategory.DEPUTY);
        created(report(a, 2024, "MEETING", "2024-12-30", "EXCELLENT", 96.5));
        created(report(b, 2024, "WRITTEN", "2025-01-03", null, null));
        created(report(a, 2023, "WRITTEN", "2023-12-30", null, null));

        List<List<String>> x = ExportFiles.xlsx(ExportFiles.get(server, admin,
                "/api/law-reports/export?format=xlsx&year=2024&orgId=" + county.id()));
        assertEquals(List.of("年度", "单位", "姓名", "述法方式", "述法日期", "评议等次", "得分", "备注"), x.get(0));
        assertEquals(3, x.size(), "header and the two 2024 reports: " + x);
        assertTrue(x.stream().anyMatch(r -> r.containsAll(List.of("甲", "述职会述法", "2024-12-30", "优秀", "96.5"))), x.toString());

        List<List<String>> c = ExportFiles.csv(ExportFiles.get(server, admin,
                "/api/law-reports/export?format=csv&orgId=" + county.id() + "&personId=" + a.id()));
        assertEquals(3, c.size(), "header and 甲's two reports: " + c);
        assertEquals(justice.name(), c.get(1).get(1));
        assertEquals(400, ExportFiles.get(server, admin, "/api/law-reports/export?format=pdf").statusCode());
        assertEquals(400, ExportFiles.get(server, admin, "/api/law-reports/export?year=abc").statusCode());
    }
}
