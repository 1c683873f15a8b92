package org.fazhi.web.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.imports.Upload;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The court templates and ranking export, and export→import into a fresh server giving the same rates
 * under either denominator, the same 败诉率 and the same hearing warnings.
 */
class CourtExportTest extends CourtImportExportCase {
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
                String type = file == xlsx ? Upload.XLSX : "text/csv";
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
}
