package org.fazhi.web.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Court lists in and out of spreadsheets over real HTTP: all rows or none with every bad row and column
 * named, GBK and BOM CSV, .xlsx and multipart, registered cases getting new hearings but no date twice,
 * templates, and export→import into a fresh server giving the same rates.
 */
class CourtImportExportTest {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer server;
    private static Http admin;
    private static CourtClient client;
    private static Org county;

    @BeforeAll
    static void start() {
        server = new TestServer();
        admin = server.login(TestServer.ADMIN);
        client = new CourtClient(server);
        county = client.org("导入测试县人民政府", OrgKind.COUNTY_GOV, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Org unit(String name) {
        return client.org(name + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county);
    }

    private static String total(Org unit) {
        return admin.get("/api/court-cases?orgId=" + unit.id()).header("X-Total-Count");
    }

    /** The errors of a refused import as "row|column" strings, in order. */
    private static List<String> errorCells(CourtClient.Res r) {
        assertEquals(400, r.status(), r.text());
        assertEquals("INVALID", r.json().get("error").asText(), r.text());
        List<String> out = new ArrayList<>();
        r.json().get("errors").forEach(e -> out.add(e.get("row").asInt() + "|"
                + (e.get("column").isNull() ? "" : e.get("column").asText())));
        return out;
    }

    @Test
    void everyBadRowAndColumnIsNamedAndNothingIsStored() {
        Org unit = unit("县公安局");
        String n = "(2024)导入" + SEQ.incrementAndGet() + "号";
        String csv = new CourtClient.Sheet()
                .appeared(n, "一审", unit.name(), "2024-03-01", "正职(主要负责人)")
                .appeared("(2024)审级错1号", "三审", unit.name(), "2024-03-02", "副职")
                .appeared("(2024)单位错1号", "一审", "不存在的局", "2024-03-03", "副职")
                .appeared("(2024)日期错1号", "一审", unit.name(), "2023-02-30", "副职")
                .appeared("(2024)类别错1号", "一审", unit.name(), "2024-03-04", "工作人员")
                .row("(2024)无理由1号", "一审", unit.name(), "2024-03-05", "否", "", "", "", "", "", "")
                .appeared(n, "一审", unit.name(), "2024-03-01", "副职")
                .csv();
        CourtClient.Res r = client.importCsv(admin, csv);
        assertEquals(List.of("3|审级", "4|被告单位", "5|开庭日期", "6|负责人类别", "7|未出庭理由", "8|开庭日期"), errorCells(r));
        JsonNode errors = r.json().get("errors");
        assertTrue(errors.get(0).get("message").asText().contains("三审"), errors.toString());
        assertTrue(errors.get(1).get("message").asText().contains("不存在的局"), errors.toString());
        assertTrue(errors.get(2).get("message").asText().contains("2023-02-30"), errors.toString());
        assertTrue(errors.get(3).get("message").asText().contains("工作人员"), errors.toString());
        assertTrue(errors.get(5).get("message").asText().contains("第2行"), errors.toString());
        assertEquals("0", total(unit), "the good first row is not stored either");
    }

    @Test
    void aGbkCsvAsExcelSavesItImports() {
        Org unit = unit("县民政局");
        String csv = new CourtClient.Sheet()
                .appeared("(2024)甲1号", "一审", unit.name(), "2024-04-01", "正职(主要负责人)")
                .absent("(2024)甲2号", "FIRST", unit.name(), "2024/4/2", "需履行他人不能代替的公务").csv();
        CourtClient.Res r = client.post(admin, "/api/court-cases/import", "text/csv", csv.getBytes(Charset.forName("GBK")));
        assertEquals(200, r.status(), r.text());
        assertEquals(2, r.json().get("imported").asInt());
        assertEquals(2, r.json().get("cases").asInt());
        assertEquals(2, r.json().get("hearings").asInt());
        JsonNode cases = admin.get("/api/court-cases?orgId=" + unit.id()).json();
        assertTrue(cases.toString().contains("(2024)甲1号"), cases.toString());
        assertEquals(new BigDecimal("50.0"),
                admin.get("/api/court-appearance?year=2024&orgId=" + unit.id()).json().get("rate").decimalValue());
    }

    @Test
    void aMultipartUploadWithABomAndUnitIdsImports() {
        Org unit = unit("县文旅局");
        String csv = new CourtClient.Sheet()
                .appeared("(2024)乙1号", "一审", String.valueOf(unit.id()), "2024-05-01", "分管副职级负责人").csv();
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        CourtClient.Res r = client.post(admin, "/api/court-cases/import", "multipart/form-data; boundary=c0urt",
                CourtClient.multipart("c0urt", "出庭名单.csv", "text/csv", bom));
        assertEquals(200, r.status(), r.text());
        assertEquals("1", total(unit));
        JsonNode hearing = admin.get("/api/court-cases/" + admin.get("/api/court-cases?orgId=" + unit.id()).json()
                .get(0).get("id").asLong() + "/hearings").json().get(0);
        assertEquals("DEPUTY_IN_CHARGE", hearing.get("headCategory").asText());
        assertTrue(hearing.get("spoke").asBoolean());
    }

    @Test
    void aRegisteredCaseGetsTheNewHearingsButTheSameDateIsRefused() {
        Org unit = unit("县水利局");
        String n = "(2024)丙" + SEQ.incrementAndGet() + "号";
        JsonNode first = client.imported(admin, new CourtClient.Sheet()
                .absent(n, "一审", unit.name(), "2024-03-01", "无正当理由").csv());
        assertEquals(1, first.get("cases").asInt());
        JsonNode more = client.imported(admin, new CourtClient.Sheet()
                .appeared(n, "一审", unit.name(), "2024-06-01", "副职").csv());
        assertEquals(0, more.get("cases").asInt());
        assertEquals(1, more.get("hearings").asInt());
        assertEquals(1, more.get("existingCases").asInt());
        assertEquals("1", total(unit));
        JsonNode r = admin.get("/api/court-appearance?year=2024&orgId=" + unit.id()).json();
        assertEquals(1, r.get("heard").asInt());
        assertEquals(1, r.get("appeared").asInt());

        CourtClient.Res again = client.importCsv(admin, new CourtClient.Sheet()
                .appeared(n, "一审", unit.name(), "2024-09-01", "副职")
                .appeared(n, "一审", unit.name(), "2024-06-01", "副职").csv());
        assertEquals(List.of("3|开庭日期"), errorCells(again));
        assertTrue(again.json().get("errors").get(0).get("message").asText().contains("已有 2024-06-01"), again.text());
        JsonNode cases = admin.get("/api/court-cases?orgId=" + unit.id()).json();
        assertEquals(2, cases.get(0).get("hearings").asInt(), "the new 09-01 hearing was not stored either");
    }

    @Test
    void templatesAndTheRankingExportDownload() throws IOException {
        CourtClient.Res xlsx = client.get(admin, "/api/court-cases/import-template?format=xlsx");
        assertEquals(200, xlsx.status());
        List<List<String>> rows = readXlsx(xlsx.body());
        assertEquals(List.of(CourtClient.HEADER.split(",")), List.of(rows.get(0).toArray(new String[0])));
        CourtClient.Res csv = client.get(admin, "/api/court-cases/import-template?format=csv");
        assertTrue(csv.text().startsWith("\uFEFF" + CourtClient.HEADER), csv.text());
        // The template's example rows import as they are.
        CourtClient.Res back = client.post(admin, "/api/court-cases/import", "text/csv", csv.body());
        assertEquals(200, back.status(), back.text());
        assertEquals(1, back.json().get("cases").asInt());
        assertEquals(2, back.json().get("hearings").asInt());

        Org unit = unit("县商务局");
        client.imported(admin, new CourtClient.Sheet().many("排", unit.name(), 2021, 4, 3).csv());
        CourtClient.Res ranking = client.get(admin, "/api/court-appearance/export?format=csv&year=2021&orgId=" + county.id());
        assertEquals(200, ranking.status(), ranking.text());
        List<String> lines = Arrays.asList(ranking.text().substring(1).split("\r\n"));
        assertTrue(lines.get(0).startsWith("排名,单位,已开庭案件(按审级),负责人出庭,出庭率"), lines.get(0));
        assertTrue(lines.contains("1," + unit.name() + ",4,3,75.0%,3,75.0%,3,100.0%,0,0,—,0,\"出庭率75.0%,低于80.0%\""), lines.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("\"\",合计,4,3,75.0%"), "the total comes last: " + lines);
        assertEquals(400, client.get(admin, "/api/court-cases/export?format=pdf").status());
    }

    @Test
    void anExportImportsIntoAFreshServerWithTheSameRates() throws IOException {
        Org a = unit("县应急局");
        Org b = unit("县城管局");
        String n = "(2024)往返" + SEQ.incrementAndGet() + "号";
        client.imported(admin, new CourtClient.Sheet()
                .absent(n, "一审", a.name(), "2024-02-01", "无正当理由")
                .appeared(n, "一审", a.name(), "2024-03-01", "正职(主要负责人)")
                .absent(n, "二审", a.name(), "2024-09-01", "其他正当事由")
                .row("(2024)未开庭" + SEQ.get() + "号", "一审", a.name(), "", "", "", "", "", "", "", "")
                .appeared("(2023)往返1号", "再审", b.name(), "2023-12-31", "秘书长")
                .absent("(2023)往返1号", "再审", b.name(), "2024-01-01", "意外事件").csv());
        Map<String, String> rates = new HashMap<>();
        for (int year : new int[] {2023, 2024}) {
            rates.put(String.valueOf(year), admin.get("/api/court-appearance?year=" + year + "&orgId=" + county.id()).body());
        }
        CourtClient.Res xlsx = client.get(admin, "/api/court-cases/export?format=xlsx&orgId=" + county.id());
        assertEquals(200, xlsx.status(), xlsx.text());
        CourtClient.Res csv = client.get(admin, "/api/court-cases/export?format=csv&orgId=" + county.id());
        assertTrue(csv.text().startsWith("\uFEFF" + CourtClient.HEADER), csv.text());

        for (CourtClient.Res file : List.of(xlsx, csv)) {
            try (TestServer fresh = new TestServer()) {
                Http freshAdmin = fresh.login(TestServer.ADMIN);
                CourtClient freshClient = new CourtClient(fresh);
                // The same county, so the unit names resolve; ids differ in the fresh ledger.
                Org county2 = freshClient.org(county.name(), OrgKind.COUNTY_GOV, null);
                List<JsonNode> units = new ArrayList<>();
                admin.get("/api/orgs?orgId=" + county.id()).json().forEach(units::add);
                for (JsonNode u : units) {
                    if (u.get("id").asLong() != county.id()) {
                        freshClient.org(u.get("name").asText(), OrgKind.DEPARTMENT, county2);
                    }
                }
                String type = file == xlsx ? CourtTransfer.XLSX : "text/csv";
                CourtClient.Res r = freshClient.post(freshAdmin, "/api/court-cases/import", type, file.body());
                assertEquals(200, r.status(), r.text());
                for (int year : new int[] {2023, 2024}) {
                    JsonNode before = JSON.readTree(rates.get(String.valueOf(year)));
                    JsonNode after = freshAdmin.get("/api/court-appearance?year=" + year + "&orgId=" + county2.id()).json();
                    for (String f : List.of("heard", "appeared", "rate", "rateText", "principalRate", "spokeRate", "noShows")) {
                        assertEquals(before.get(f), after.get(f), year + " " + f + " after importing the " + type + " export");
                    }
                    assertEquals(before.get("byOrg").size(), after.get("byOrg").size());
                }
                assertEquals(admin.get("/api/court-cases?orgId=" + county.id()).header("X-Total-Count"),
                        freshAdmin.get("/api/court-cases?orgId=" + county2.id()).header("X-Total-Count"));
            }
        }
    }

    private static List<List<String>> readXlsx(byte[] body) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            return wb.getFirstSheet().read().stream()
                    .map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
        }
    }
}
