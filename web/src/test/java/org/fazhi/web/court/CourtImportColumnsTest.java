package org.fazhi.web.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.model.org.Org;
import org.junit.jupiter.api.Test;

/**
 * The court list's columns: the optional ones (notice date, lawyer only, outcome, field, co-defendants)
 * read in any order, a file of the fourteen contract columns still imported, bad cells named by row and
 * column, and an outcome taken only while a case is pending.
 */
class CourtImportColumnsTest extends CourtImportExportCase {
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
        Map<String, Object> judged = CourtClient.caseBody(n, unit);
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
}
