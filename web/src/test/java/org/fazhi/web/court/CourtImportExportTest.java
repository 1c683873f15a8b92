package org.fazhi.web.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.fazhi.web.support.Xls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Court lists in and out of spreadsheets over real HTTP: all rows or none with every bad row and column
 * named, GBK and BOM CSV, .xlsx, old .xls and multipart, registered cases getting new hearings but no date twice,
 * the optional columns (notice date, lawyer only, outcome, field, co-defendants) read in any order and a
 * file without them still imported, templates, and export→import into a fresh server giving the same
 * rates under either denominator, the same 败诉率 and the same hearing warnings.
 */
class CourtImportExportTest {
    /** The optional columns after the 14 of docs/API.md, as the export and template write them. */
    private static final String EXTRA = "通知书送达日期,仅委托律师,未出庭情况,裁判结果,行政管理领域,共同被告";
    private static final String FULL_HEADER = CourtClient.HEADER + "," + EXTRA;
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

    /**
     * A court list with any columns in any order: each row is given as column → value pairs, the rest
     * of the header's cells are left empty.
     */
    private static final class Wide {
        private final List<String> header;
        private final List<String> rows = new ArrayList<>();

        Wide(String... header) {
            this.header = List.of(header);
        }

        Wide row(String... pairs) {
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                if (!header.contains(pairs[i])) {
                    throw new IllegalArgumentException("no column " + pairs[i]);
                }
                cells.put(pairs[i], pairs[i + 1]);
            }
            rows.add(String.join(",", header.stream().map(h -> cells.getOrDefault(h, "")).toList()));
            return this;
        }

        String csv() {
            return String.join(",", header) + "\r\n" + String.join("\r\n", rows) + "\r\n";
        }
    }

    /** The contract's columns and the optional ones, shuffled: headers may come in any order. */
    private static Wide wide() {
        return new Wide("裁判结果", "案号", "审级", "共同被告", "法院", "被告单位", "开庭日期", "通知书送达日期", "负责人是否出庭",
                "出庭负责人", "职务", "负责人类别", "是否发言", "未出庭理由", "委托工作人员", "仅委托律师", "行政管理领域", "案由", "立案日期");
    }

    /** The pairs of a hearing of a first-instance case of {@code unit} in 清河县人民法院 at which no head appeared. */
    private static String[] absentRow(String caseNo, Org unit, String date, String... more) {
        List<String> pairs = new ArrayList<>(List.of("案号", caseNo, "审级", "一审", "法院", "清河县人民法院", "被告单位", unit.name(),
                "开庭日期", date, "负责人是否出庭", "否", "未出庭理由", "无正当理由"));
        pairs.addAll(List.of(more));
        return pairs.toArray(new String[0]);
    }

    private static JsonNode onlyCase(Org unit) {
        JsonNode cases = admin.get("/api/court-cases?orgId=" + unit.id()).json();
        assertEquals(1, cases.size(), cases.toString());
        return cases.get(0);
    }

    private static JsonNode hearingsOf(Http who, JsonNode courtCase) {
        return who.get("/api/court-cases/" + courtCase.get("id").asLong() + "/hearings").json();
    }

    @Test
    void theOptionalColumnsAreReadInAnyOrder() {
        Org unit = unit("县生态环境局");
        String n = "(2024)可选" + SEQ.incrementAndGet() + "号";
        JsonNode r = client.imported(admin, wide()
                .row(absentRow(n, unit, "2024-04-10", "通知书送达日期", "2024/4/8", "仅委托律师", "是",
                        "行政管理领域", "生态环境", "裁判结果", "调解和解"))
                .row("案号", n, "审级", "一审", "法院", "清河县人民法院", "被告单位", unit.name(), "开庭日期", "2024-05-10",
                        "通知书送达日期", "2024年4月20日", "负责人是否出庭", "是", "出庭负责人", "赵局长", "负责人类别", "正职(主要负责人)",
                        "共同被告", "清河镇人民政府", "仅委托律师", "否")
                .csv());
        assertEquals(1, r.get("cases").asInt());
        assertEquals(2, r.get("hearings").asInt());
        JsonNode k = onlyCase(unit);
        assertEquals("SETTLED", k.get("outcome").asText(), "调解和解 reads as 调解/和解");
        assertEquals("生态环境", k.get("adminField").asText());
        assertEquals("清河镇人民政府", k.get("coDefendants").asText(), "a case cell given on one row only fills the case");
        JsonNode hs = hearingsOf(admin, k);
        assertEquals("2024-04-08", hs.get(0).get("notified").asText());
        assertTrue(hs.get(0).get("lawyerOnly").asBoolean());
        assertTrue(hs.get(0).get("warnings").toString().contains("开庭前2日送达"), hs.toString());
        assertTrue(hs.get(0).get("warnings").toString().contains("仅委托律师"), hs.toString());
        assertEquals("2024-04-20", hs.get(1).get("notified").asText());
        assertEquals("[]", hs.get(1).get("warnings").toString());
        JsonNode rates = admin.get("/api/court-appearance?year=2024&orgId=" + unit.id()).json();
        assertEquals(1, rates.get("concluded").asInt());
        assertEquals("0.0%", rates.get("lossRateText").asText());
    }

    @Test
    void aFileOfTheFourteenContractColumnsStillImportsAndLeavesTheRestAlone() {
        Org unit = unit("县自然资源局");
        String n = "(2024)十四列" + SEQ.incrementAndGet() + "号";
        String fourteen = new CourtClient.Sheet().absent(n, "一审", unit.name(), "2024-03-01", "无正当理由").csv();
        assertEquals(CourtClient.HEADER, fourteen.substring(0, fourteen.indexOf('\r')));
        assertEquals(1, client.imported(admin, fourteen).get("cases").asInt());
        JsonNode k = onlyCase(unit);
        assertEquals("PENDING", k.get("outcome").asText());
        assertTrue(k.get("adminField").isNull() && k.get("coDefendants").isNull(), k.toString());
        JsonNode h = hearingsOf(admin, k).get(0);
        assertTrue(h.get("notified").isNull(), h.toString());
        assertEquals(false, h.get("lawyerOnly").asBoolean());

        // The case is judged on its page; a later 14-column file says nothing about the outcome and keeps it.
        Map<String, Object> judged = new HashMap<>();
        judged.put("caseNo", n);
        judged.put("court", "清河县人民法院");
        judged.put("instance", "FIRST");
        judged.put("defendantOrgId", unit.id());
        judged.put("outcome", "LOST");
        judged.put("adminField", "自然资源");
        assertEquals(200, admin.put("/api/court-cases/" + k.get("id").asLong(), judged).status());
        JsonNode more = client.imported(admin, new CourtClient.Sheet()
                .appeared(n, "一审", unit.name(), "2024-06-01", "副职").csv());
        assertEquals(1, more.get("hearings").asInt());
        assertEquals(0, more.get("outcomesUpdated").asInt());
        assertEquals("LOST", onlyCase(unit).get("outcome").asText());
        assertEquals("自然资源", onlyCase(unit).get("adminField").asText());
    }

    @Test
    void badNoticeDatesOutcomesAndDisagreeingCaseCellsAreNamedByRowAndColumn() {
        Org unit = unit("县交通局");
        Org other = unit("县粮食局");
        String a = "(2024)可错" + SEQ.incrementAndGet() + "号";
        String b = "(2024)可错" + SEQ.incrementAndGet() + "号";
        String c = "(2024)可错" + SEQ.incrementAndGet() + "号";
        CourtClient.Res r = client.importCsv(admin, wide()
                .row(absentRow(a, unit, "2024-03-01", "裁判结果", "胜诉", "行政管理领域", "交通运输"))      // 2: good
                .row(absentRow(a, unit, "2024-03-02", "裁判结果", "败诉"))                             // 3
                .row(absentRow(b, other, "2024-03-03", "通知书送达日期", "2023-02-30"))                  // 4
                .row(absentRow(c, other, "2024-03-04", "裁判结果", "赢了"))                             // 5
                .row(absentRow(a, unit, "2024-03-05", "通知书送达日期", "2024-03-06"))                   // 6
                .row(absentRow(a, unit, "2024-03-06", "仅委托律师", "是", "委托工作人员", "李科员"))       // 7
                .row(absentRow(a, unit, "2024-03-07", "仅委托律师", "也许"))                            // 8
                .row(absentRow(a, unit, "2024-03-08", "行政管理领域", "公安"))                           // 9
                .csv());
        assertEquals(List.of("3|裁判结果", "4|通知书送达日期", "5|裁判结果", "6|通知书送达日期", "7|仅委托律师", "8|仅委托律师",
                "9|行政管理领域"), errorCells(r));
        List<String> messages = new ArrayList<>();
        r.json().get("errors").forEach(e -> messages.add(e.get("message").asText()));
        assertTrue(messages.get(0).contains("与第2行同一案件") && messages.get(0).contains("“胜诉”不一致"), messages.toString());
        assertTrue(messages.get(1).contains("通知书送达日期“2023-02-30”不存在:2023年2月没有30日"), messages.toString());
        assertTrue(messages.get(2).contains("裁判结果“赢了”无效"), messages.toString());
        assertTrue(messages.get(3).contains("不能晚于开庭日期"), messages.toString());
        assertTrue(messages.get(4).contains("委托工作人员"), messages.toString());
        assertTrue(messages.get(5).contains("“也许”"), messages.toString());
        assertTrue(messages.get(6).contains("与第2行") && messages.get(6).contains("“交通运输”不一致"), messages.toString());
        assertEquals("0", total(unit), "nothing of the file is stored, not even its good row");
        assertEquals("0", total(other));
    }

    @Test
    void aRegisteredCaseTakesAnOutcomeOnlyWhileItIsPending() {
        Org unit = unit("县住建局");
        String n = "(2024)结果" + SEQ.incrementAndGet() + "号";
        client.imported(admin, new CourtClient.Sheet().absent(n, "一审", unit.name(), "2024-03-01", "无正当理由").csv());
        JsonNode judged = client.imported(admin, wide()
                .row(absentRow(n, unit, "2024-04-01"))
                .row(absentRow(n, unit, "2024-05-01", "裁判结果", "败诉")).csv());
        assertEquals(1, judged.get("outcomesUpdated").asInt(), judged.toString());
        assertEquals(2, judged.get("hearings").asInt());
        assertEquals("LOST", onlyCase(unit).get("outcome").asText());
        JsonNode rates = admin.get("/api/court-appearance?year=2024&orgId=" + unit.id()).json();
        assertEquals("100.0%", rates.get("lossRateText").asText());

        CourtClient.Res changed = client.importCsv(admin, wide()
                .row(absentRow(n, unit, "2024-06-01"))
                .row(absentRow(n, unit, "2024-07-01", "裁判结果", "胜诉")).csv());
        assertEquals(List.of("3|裁判结果"), errorCells(changed));
        assertTrue(changed.json().get("errors").get(0).get("message").asText().contains("已登记的裁判结果为“败诉”"), changed.text());
        assertEquals("LOST", onlyCase(unit).get("outcome").asText());
        assertEquals(3, onlyCase(unit).get("hearings").asInt(), "the file's hearings were not stored either");
        // The same outcome again is no change: the file imports.
        JsonNode same = client.imported(admin, wide().row(absentRow(n, unit, "2024-08-01", "裁判结果", "LOST")).csv());
        assertEquals(0, same.get("outcomesUpdated").asInt());
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
    void anOldExcelXlsImportsAsRawBodyAndAsMultipart() {
        Org unit = unit("县人社局");
        byte[] xls = Xls.fromCsv("2024年行政机关负责人出庭应诉台账", new CourtClient.Sheet()
                .appeared("(2024)丁1号", "一审", unit.name(), "2024-04-01", "正职(主要负责人)")
                .absent("(2024)丁2号", "一审", String.valueOf(unit.id()), "2024-04-02", "需履行他人不能代替的公务").csv());
        CourtClient.Res r = client.post(admin, "/api/court-cases/import", Xls.TYPE, xls);
        assertEquals(200, r.status(), r.text());
        assertEquals(2, r.json().get("imported").asInt());
        assertEquals(2, r.json().get("cases").asInt());
        JsonNode cases = admin.get("/api/court-cases?orgId=" + unit.id()).json();
        assertTrue(cases.toString().contains("(2024)丁1号") && cases.toString().contains("(2024)丁2号"), cases.toString());
        assertEquals(new BigDecimal("50.0"),
                admin.get("/api/court-appearance?year=2024&orgId=" + unit.id()).json().get("rate").decimalValue());

        byte[] more = Xls.fromCsv(null, new CourtClient.Sheet()
                .appeared("(2024)丁3号", "一审", unit.name(), "2024-05-06", "分管副职级负责人").csv());
        CourtClient.Res multipart = client.post(admin, "/api/court-cases/import", "multipart/form-data; boundary=x1s",
                CourtClient.multipart("x1s", "出庭名单.xls", Xls.TYPE, more));
        assertEquals(200, multipart.status(), multipart.text());
        assertEquals("3", total(unit));
        JsonNode third = admin.get("/api/court-cases?orgId=" + unit.id()).json();
        assertTrue(third.toString().contains("(2024)丁3号"), third.toString());
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
        assertEquals(List.of(FULL_HEADER.split(",")), List.of(rows.get(0).toArray(new String[0])));
        CourtClient.Res csv = client.get(admin, "/api/court-cases/import-template?format=csv");
        assertTrue(csv.text().startsWith("\uFEFF" + FULL_HEADER + "\r\n"), csv.text());
        assertTrue(notesOf(xlsx.body()).stream().anyMatch(l -> l.startsWith("裁判结果:未结、胜诉、败诉")), "the notes explain the outcomes");
        // The template's example rows are marked and never imported: the template unchanged is refused.
        String before = admin.get("/api/court-cases").header("X-Total-Count");
        CourtClient.Res back = client.post(admin, "/api/court-cases/import", "text/csv", csv.body());
        assertEquals(400, back.status(), back.text());
        assertEquals("文件中只有模板的示例行,没有要导入的数据", back.json().get("message").asText());
        assertEquals(before, admin.get("/api/court-cases").header("X-Total-Count"), "nothing was written");
        // With the marker taken out, they are data: one case heard twice. The same file again is 409.
        byte[] filled = csv.text().replace("（示例，导入时忽略）", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CourtClient.Res data = client.post(admin, "/api/court-cases/import", "text/csv", filled);
        assertEquals(200, data.status(), data.text());
        assertEquals(1, data.json().get("cases").asInt());
        assertEquals(2, data.json().get("hearings").asInt());
        CourtClient.Res twice = client.post(admin, "/api/court-cases/import", "text/csv", filled);
        assertEquals(409, twice.status(), twice.text());
        assertEquals("ALREADY_IMPORTED", twice.json().get("error").asText());
        assertTrue(twice.json().get("message").asText().contains("由 admin 导入(共2条)"), twice.text());
        assertEquals(0, twice.json().get("errors").size(), "the whole file, not row errors");

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

    /** The fields of the rates compared after a round trip: 出庭率 and its kin, and 败诉率 with its counts. */
    private static final List<String> RATE_FIELDS = List.of("denominator", "heard", "appeared", "rate", "rateText",
            "principalRate", "spokeRate", "noShows", "lost", "concluded", "lossRate", "lossRateText");

    /** The county's rates for 2023 and 2024 under each denominator, as JSON text by "denominator year". */
    private static Map<String, String> rates(Http who, long countyId) {
        Map<String, String> out = new TreeMap<>();
        try {
            for (String denominator : List.of("HEARD", "NOTIFIED")) {
                assertEquals(200, who.put("/api/settings/court", Map.of("denominator", denominator)).status());
                for (int year : new int[] {2023, 2024}) {
                    out.put(denominator + " " + year, who.get("/api/court-appearance?year=" + year + "&orgId=" + countyId).body());
                }
            }
        } finally {
            who.put("/api/settings/court", Map.of("denominator", "HEARD"));
        }
        return out;
    }

    /**
     * Every case of the county by 案号 and 审级 with its outcome, field and co-defendants, and every hearing
     * with its notice date, lawyer-only mark and warnings (the <3-day notice among them).
     */
    private static Map<String, String> ledger(Http who, long countyId) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode k : who.get("/api/court-cases?orgId=" + countyId).json()) {
            String key = k.get("caseNo").asText() + " " + k.get("instance").asText();
            out.put(key, k.get("outcome").asText() + "|" + k.get("adminField").asText() + "|" + k.get("coDefendants").asText());
            for (JsonNode h : hearingsOf(who, k)) {
                out.put(key + " " + h.get("date").asText(), h.get("notified").asText() + "|" + h.get("lawyerOnly").asBoolean()
                        + "|" + h.get("warnings"));
            }
        }
        return out;
    }

    /** Instances of the round-trip ledger concluded with a hearing in 2024 (counted by hand, see below). */
    private static final int CONCLUDED_2024 = 3;

    private static long lateNotices(Map<String, String> ledger) {
        return ledger.values().stream().filter(v -> v.contains("送达,少于法定的3日")).count();
    }

    @Test
    void anExportImportsIntoAFreshServerWithTheSameRates() throws IOException {
        Org a = unit("县应急局");
        Org b = unit("县城管局");
        String n = "(2024)往返" + SEQ.incrementAndGet() + "号";
        String r = "(2023)往返" + SEQ.get() + "号";
        client.imported(admin, new Wide(FULL_HEADER.split(","))
                // Notified 2 days ahead (a warning), only a lawyer went; the instance was lost.
                .row("案号", n, "法院", "清河县人民法院", "审级", "一审", "被告单位", a.name(), "开庭日期", "2024-02-01",
                        "负责人是否出庭", "否", "未出庭理由", "无正当理由", "通知书送达日期", "2024-01-30", "仅委托律师", "是",
                        "裁判结果", "败诉", "行政管理领域", "应急管理", "共同被告", "清河镇人民政府、清河县公安局")
                .row("案号", n, "法院", "清河县人民法院", "审级", "一审", "被告单位", a.name(), "开庭日期", "2024-03-01",
                        "负责人是否出庭", "是", "出庭负责人", "王局长", "职务", "局长", "负责人类别", "正职(主要负责人)", "是否发言", "是",
                        "通知书送达日期", "2024-02-20", "仅委托律师", "否")
                // No notice: heard, but not counted when the denominator is court-notified instances.
                .row("案号", n, "法院", "清河县人民法院", "审级", "二审", "被告单位", a.name(), "开庭日期", "2024-09-01",
                        "负责人是否出庭", "否", "未出庭理由", "其他正当事由", "委托工作人员", "李科员", "裁判结果", "胜诉")
                .row("案号", "(2024)未开庭" + SEQ.get() + "号", "法院", "清河县人民法院", "审级", "一审", "被告单位", a.name(),
                        "裁判结果", "未结", "行政管理领域", "城乡建设")
                // Notified in 2023, heard on both sides of new year.
                .row("案号", r, "法院", "清河县人民法院", "审级", "再审", "被告单位", b.name(), "开庭日期", "2023-12-31",
                        "负责人是否出庭", "是", "出庭负责人", "孙秘书长", "负责人类别", "秘书长", "是否发言", "否",
                        "通知书送达日期", "2023-12-29", "裁判结果", "撤诉")
                .row("案号", r, "法院", "清河县人民法院", "审级", "再审", "被告单位", b.name(), "开庭日期", "2024-01-01",
                        "负责人是否出庭", "否", "未出庭理由", "意外事件", "委托工作人员", "周科员", "通知书送达日期", "2023-12-20")
                .csv());
        Map<String, String> rates = rates(admin, county.id());
        Map<String, String> ledger = ledger(admin, county.id());
        // What the optional columns carry shows in the figures, so losing them on the way fails the test.
        assertNotEquals(JSON.readTree(rates.get("HEARD 2024")).get("heard"), JSON.readTree(rates.get("NOTIFIED 2024")).get("heard"));
        assertEquals(1, JSON.readTree(rates.get("NOTIFIED 2023")).get("heard").asInt(), rates.get("NOTIFIED 2023"));
        // 败诉率 of 2024: the first instance of n was lost; its appeal was won and the retrial of r withdrawn.
        JsonNode heard2024 = JSON.readTree(rates.get("HEARD 2024"));
        assertEquals(1, heard2024.get("lost").asInt(), rates.get("HEARD 2024"));
        assertEquals(CONCLUDED_2024, heard2024.get("concluded").asInt(), rates.get("HEARD 2024"));
        assertTrue(heard2024.get("lossRate").isNumber(), "a rate, not null read as zero: " + rates.get("HEARD 2024"));
        assertEquals(org.fazhi.model.calc.Percent.of(1, CONCLUDED_2024).value(), heard2024.get("lossRate").decimalValue());
        assertEquals(org.fazhi.model.calc.Percent.of(1, CONCLUDED_2024).text(), heard2024.get("lossRateText").asText());
        assertTrue(ledger.get(n + " FIRST 2024-02-01").contains("开庭前2日送达"), ledger.toString());
        assertTrue(ledger.get(r + " RETRIAL 2023-12-31").contains("开庭前2日送达"), ledger.toString());
        long lateNotices = lateNotices(ledger);

        CourtClient.Res xlsx = client.get(admin, "/api/court-cases/export?format=xlsx&orgId=" + county.id());
        assertEquals(200, xlsx.status(), xlsx.text());
        CourtClient.Res csv = client.get(admin, "/api/court-cases/export?format=csv&orgId=" + county.id());
        assertTrue(csv.text().startsWith("\uFEFF" + FULL_HEADER + "\r\n"), csv.text());
        assertTrue(csv.text().contains(",2024-01-30,是,,败诉,应急管理,清河镇人民政府、清河县公安局\r\n"), csv.text());

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
                CourtClient.Res imported = freshClient.post(freshAdmin, "/api/court-cases/import", type, file.body());
                assertEquals(200, imported.status(), imported.text());
                Map<String, String> freshRates = rates(freshAdmin, county2.id());
                for (String key : rates.keySet()) {
                    JsonNode before = JSON.readTree(rates.get(key));
                    JsonNode after = JSON.readTree(freshRates.get(key));
                    for (String f : RATE_FIELDS) {
                        assertEquals(before.get(f), after.get(f), key + " " + f + " after importing the " + type + " export");
                    }
                    assertEquals(before.get("byOrg").size(), after.get("byOrg").size());
                }
                Map<String, String> freshLedger = ledger(freshAdmin, county2.id());
                assertEquals(lateNotices, lateNotices(freshLedger), "notice warnings after importing the " + type + " export");
                assertEquals(ledger, freshLedger, "cases and hearings after importing the " + type + " export");
                assertEquals(admin.get("/api/court-cases?orgId=" + county.id()).header("X-Total-Count"),
                        freshAdmin.get("/api/court-cases?orgId=" + county2.id()).header("X-Total-Count"));
            }
        }
    }

    /** The 填写说明 sheet of a template, one note a line. */
    private static List<String> notesOf(byte[] body) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            return wb.findSheet("填写说明").orElseThrow().read().stream().map(r -> r.getCell(0).getText()).toList();
        }
    }

    private static List<List<String>> readXlsx(byte[] body) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            return wb.getFirstSheet().read().stream()
                    .map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
        }
    }
}
