package org.fazhi.web.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.model.org.Org;
import org.fazhi.web.support.Xls;
import org.junit.jupiter.api.Test;

/**
 * Court lists imported all rows or none with every bad row and column named, from GBK and BOM CSV, old .xls
 * and multipart uploads; registered cases get new hearings but no date twice.
 */
class CourtImportFormatsTest extends CourtImportExportCase {
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
}
