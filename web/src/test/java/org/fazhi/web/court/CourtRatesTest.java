package org.fazhi.web.court;

import static org.fazhi.web.support.Json.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The 出庭率 rules end to end: court lists go in through the import, the figures come out of
 * GET /api/court-appearance. Repeat hearings of an instance count once, each 审级 counts on its own, a
 * hearing falls in the year of its date, STAFF is no head, 728/1095 is 66.5; the ranking shares ranks
 * on ties, the 约谈 list names its reasons, and the denominator setting changes what is counted. Each
 * test makes a county of its own.
 */
class CourtRatesTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @AutoClose
    private static final TestServer server = new TestServer();
    private static final Http admin = server.login(TestServer.ADMIN);
    private static final CourtClient client = new CourtClient(server);

    private static Org county() {
        return client.org("出庭测试县" + SEQ.incrementAndGet() + "人民政府", OrgKind.COUNTY_GOV, null);
    }

    private static Org unit(Org county, String name) {
        return client.org(name + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county);
    }

    private static JsonNode rates(String query) {
        Http.Res r = admin.get("/api/court-appearance?" + query);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static String no() {
        return "(2024)测行初" + SEQ.incrementAndGet() + "号";
    }

    @Test
    void repeatHearingsOfOneInstanceCountOnce() {
        Org county = county();
        Org unit = unit(county, "县市场监管局");
        String a = no();
        String b = no();
        client.imported(admin, new CourtClient.Sheet()
                .absent(a, "一审", unit.name(), "2024-03-01", "无正当理由")
                .appeared(a, "一审", unit.name(), "2024-04-01", "副职")
                .absent(a, "一审", unit.name(), "2024-05-01", "不可抗力")
                .absent(b, "一审", unit.name(), "2024-03-02", "意外事件")
                .absent(b, "一审", unit.name(), "2024-06-02", "意外事件").csv());
        JsonNode r = rates("year=2024&orgId=" + unit.id());
        assertEquals(2, r.get("heard").asInt(), "two instances, five hearings");
        assertEquals(1, r.get("appeared").asInt());
        assertEquals(new BigDecimal("50.0"), r.get("rate").decimalValue());
        assertEquals("50.0%", r.get("rateText").asText());
        assertEquals(1, r.get("noShows").asInt());
    }

    @Test
    void theFirstAndSecondInstanceOfACaseCountSeparately() {
        Org unit = unit(county(), "县自然资源局");
        String n = no();
        client.imported(admin, new CourtClient.Sheet()
                .appeared(n, "一审", unit.name(), "2024-03-01", "正职(主要负责人)")
                .absent(n, "二审", unit.name(), "2024-08-01", "无正当理由").csv());
        JsonNode r = rates("year=2024&orgId=" + unit.id());
        assertEquals(2, r.get("heard").asInt());
        assertEquals(1, r.get("appeared").asInt());
        assertEquals("50.0%", r.get("rateText").asText());
        Http.Res list = admin.get("/api/court-cases?orgId=" + unit.id());
        assertEquals("2", list.header("X-Total-Count"));
        List<String> instances = new ArrayList<>();
        list.json().forEach(c -> instances.add(c.get("instance").asText() + (c.get("appeared").asBoolean() ? "+" : "-")));
        assertEquals(List.of("FIRST+", "SECOND-"), instances.stream().sorted().toList());
    }

    @Test
    void aHearingCountsInTheYearOfItsDate() {
        Org unit = unit(county(), "县住建局");
        String late = no();
        String early = no();
        String across = no();
        client.imported(admin, new CourtClient.Sheet()
                .appeared(late, "一审", unit.name(), "2023-12-31", "正职(主要负责人)")
                .absent(early, "一审", unit.name(), "2024-01-01", "无正当理由")
                .absent(across, "一审", unit.name(), "2023-12-31", "无正当理由")
                .appeared(across, "一审", unit.name(), "2024-01-01", "副职").csv());
        JsonNode y2023 = rates("year=2023&orgId=" + unit.id());
        assertEquals(2, y2023.get("heard").asInt());
        assertEquals(1, y2023.get("appeared").asInt(), "the head came to `across` only in 2024");
        JsonNode y2024 = rates("year=2024&orgId=" + unit.id());
        assertEquals(2, y2024.get("heard").asInt());
        assertEquals(1, y2024.get("appeared").asInt());
        assertEquals(1, rates("year=2024&month=1&orgId=" + unit.id()).get("appeared").asInt());
        assertEquals(0, rates("year=2023&quarter=1&orgId=" + unit.id()).get("heard").asInt());
        assertEquals(2, rates("year=2023&quarter=4&orgId=" + unit.id()).get("heard").asInt());
        // The case list's year finds a case heard in it.
        assertEquals("2", admin.get("/api/court-cases?year=2023&orgId=" + unit.id()).header("X-Total-Count"));
    }

    @Test
    void staffIsNoHead() {
        Org unit = unit(county(), "县卫健委");
        Http.Res created = admin.post("/api/court-cases", Map.of("caseNo", no(), "court", "清河县人民法院",
                "instance", "FIRST", "defendantOrgId", unit.id()));
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        Http.Res refused = admin.post("/api/court-cases/" + id + "/hearings", Map.of("date", "2024-03-01",
                "headAppeared", true, "headName", "李科员", "headCategory", "STAFF", "spoke", true));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("headCategory", refused.json().get("field").asText());
        assertTrue(refused.json().get("message").asText().contains("工作人员"), refused.body());
        assertEquals(0, admin.get("/api/court-cases/" + id + "/hearings").json().size(), "nothing stored");
        assertEquals(0, rates("year=2024&orgId=" + unit.id()).get("heard").asInt());
    }

    @Test
    void seven28Of1095Is66Point5() {
        Org unit = unit(county(), "合肥样本局");
        JsonNode done = client.imported(admin, new CourtClient.Sheet().many("样", unit.name(), 2022, 1095, 728).csv());
        assertEquals(1095, done.get("cases").asInt());
        JsonNode r = rates("year=2022&orgId=" + unit.id());
        assertEquals(1095, r.get("heard").asInt());
        assertEquals(728, r.get("appeared").asInt());
        assertTrue(r.get("rate").isNumber(), r.toString());
        assertEquals(new BigDecimal("66.5"), r.get("rate").decimalValue());
        assertEquals("66.5%", r.get("rateText").asText());
        assertEquals(new BigDecimal("66.5"), r.get("principalRate").decimalValue());
    }

    @Test
    void equalRatesShareARankAndUnitsWithoutHearingsComeLast() {
        Org county = county();
        Org a = unit(county, "甲局");
        Org b = unit(county, "乙局");
        Org c = unit(county, "丙局");
        Org d = unit(county, "丁局");
        client.imported(admin, new CourtClient.Sheet()
                .appeared(no(), "一审", a.name(), "2024-03-01", "正职(主要负责人)")
                .appeared(no(), "一审", a.name(), "2024-03-02", "副职")
                .appeared(no(), "一审", b.name(), "2024-03-03", "副职")
                .appeared(no(), "一审", c.name(), "2024-03-04", "副职")
                .absent(no(), "一审", c.name(), "2024-03-05", "需履行他人不能代替的公务").csv());
        JsonNode byOrg = rates("year=2024&orgId=" + county.id()).get("byOrg");
        List<String> ranked = new ArrayList<>();
        byOrg.forEach(u -> ranked.add(u.get("orgName").asText() + ":" + (u.get("rank").isNull() ? "-" : u.get("rank").asInt())));
        assertEquals(List.of(a.name() + ":1", b.name() + ":1", c.name() + ":3", d.name() + ":-"), ranked);
        assertTrue(byOrg.get(3).get("rate").isNull());
    }

    @Test
    void theFlaggedListNamesLowRatesAndRepeatedNoShows() {
        Org county = county();
        Org low = unit(county, "低出庭局");
        Org absent = unit(county, "缺席局");
        Org fine = unit(county, "合格局");
        String x = no();
        String y = no();
        client.imported(admin, new CourtClient.Sheet()
                .appeared(no(), "一审", low.name(), "2024-05-01", "副职")
                .absent(no(), "一审", low.name(), "2024-05-02", "其他正当事由")
                .absent(x, "一审", absent.name(), "2024-05-03", "无正当理由")
                .appeared(x, "一审", absent.name(), "2024-06-03", "正职(主要负责人)")
                .absent(y, "一审", absent.name(), "2024-05-04", "无正当理由")
                .appeared(y, "一审", absent.name(), "2024-06-04", "正职(主要负责人)")
                .absent(no(), "一审", fine.name(), "2024-05-05", "无正当理由")
                .appeared(no(), "一审", fine.name(), "2024-05-06", "副职")
                .appeared(no(), "一审", fine.name(), "2024-05-07", "副职")
                .appeared(no(), "一审", fine.name(), "2024-05-08", "副职")
                .appeared(no(), "一审", fine.name(), "2024-05-09", "副职").csv());
        JsonNode r = rates("year=2024&orgId=" + county.id());
        assertEquals(new BigDecimal("80.0"), r.get("flagThreshold").decimalValue());
        Map<String, List<String>> flagged = new TreeMap<>();
        r.get("flagged").forEach(f -> flagged.put(f.get("orgName").asText(), texts(f.get("reasons"))));
        assertEquals(Map.of(low.name(), List.of("出庭率50.0%,低于80.0%"), absent.name(), List.of("负责人无正当理由未出庭2次")),
                flagged, "80.0% is not below the line, one no-show is not two");
        for (JsonNode u : r.get("byOrg")) {
            assertEquals(!u.get("orgId").asText().equals(String.valueOf(fine.id())), u.get("flagged").asBoolean(), u.toString());
        }
    }

    @Test
    void theDenominatorSettingChangesWhatIsCounted() {
        Org unit = unit(county(), "县交通局");
        String n = no();
        client.imported(admin, new CourtClient.Sheet()
                .absent(n, "一审", unit.name(), "2024-03-01", "无正当理由")
                .appeared(n, "一审", unit.name(), "2024-04-01", "副职")
                .absent(n, "一审", unit.name(), "2024-05-01", "不可抗力").csv());
        server.createUser("court-rates-organiser" + SEQ.incrementAndGet(), Role.ORGANISER, null);
        Http organiser = server.login("court-rates-organiser" + SEQ.get());
        assertEquals(403, organiser.put("/api/settings/court", Map.of("denominator", "HEARINGS")).status());
        try {
            Http.Res put = admin.put("/api/settings/court", Map.of("denominator", "HEARINGS"));
            assertEquals(200, put.status(), put.body());
            assertEquals("HEARINGS", admin.get("/api/settings/court").json().get("denominator").asText());
            JsonNode hearings = rates("year=2024&orgId=" + unit.id());
            assertEquals("HEARINGS", hearings.get("denominator").asText());
            assertEquals(3, hearings.get("heard").asInt());
            assertEquals("33.3%", hearings.get("rateText").asText());

            Http.Res bad = admin.put("/api/settings/court", Map.of("denominator", "HEARD", "flagThreshold", 120));
            assertEquals(400, bad.status(), bad.body());
            assertEquals("flagThreshold", bad.json().get("field").asText());
            assertEquals("HEARINGS", admin.get("/api/settings/court").json().get("denominator").asText(), "nothing saved");
            Http.Res bogus = admin.put("/api/settings/court", Map.of("denominator", "CASES"));
            assertEquals(400, bogus.status());
            assertEquals("denominator", bogus.json().get("field").asText());

            assertEquals(200, admin.put("/api/settings/court", Map.of("denominator", "HEARD", "flagThreshold", 60.5)).status());
            JsonNode heard = rates("year=2024&orgId=" + unit.id());
            assertEquals(1, heard.get("heard").asInt());
            assertEquals("100.0%", heard.get("rateText").asText());
            assertEquals(new BigDecimal("60.5"), heard.get("flagThreshold").decimalValue());
        } finally {
            admin.put("/api/settings/court", Map.of("denominator", "HEARD", "flagThreshold", 80));
        }
    }

    @Test
    void aPeriodIsAYearAQuarterOrAMonth() {
        assertEquals("month", admin.get("/api/court-appearance?year=2024&month=13").json().get("field").asText());
        assertEquals(400, admin.get("/api/court-appearance?year=2024&quarter=1&month=2").status());
        assertEquals("year", admin.get("/api/court-appearance?year=abc").json().get("field").asText());
        JsonNode r = rates("year=2024&quarter=2");
        assertEquals("2024年第2季度", r.get("period").asText());
        assertEquals("2024-04-01", r.get("from").asText());
        assertEquals("2024-06-30", r.get("to").asText());
    }
}
