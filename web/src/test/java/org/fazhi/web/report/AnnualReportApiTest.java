package org.fazhi.web.report;

import static org.fazhi.web.report.ReportLedger.SENTENCES_2024;
import static org.fazhi.web.report.ReportLedger.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Role;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.Json;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The annual report over real HTTP: two years of ledgers built through the API, every statistics
 * sentence checked against hand-counted figures, narratives saved and kept when the figures are
 * regenerated, stale versions refused, publishing freezing the figures, and the scope rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportApiTest {
    @AutoClose
    private final TestServer server = new TestServer();
    private final ReportLedger ledger = new ReportLedger(server);
    private final Http admin = ledger.admin;

    private JsonNode report(Http who, String query) {
        Http.Res r = who.get("/api/reports/annual?" + query);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.get("text").asText()));
        return out;
    }

    @Test
    void everyStatisticsSentenceMatchesTheHandCountedLedger() {
        JsonNode r = report(admin, query(ledger.county));
        assertEquals(2024, r.get("year").asInt());
        assertEquals(ledger.county.id(), r.get("orgId").asLong());
        assertEquals("清河县人民政府", r.get("orgName").asText());
        assertEquals("清河县人民政府2024年度法治政府建设工作报告", r.get("title").asText());
        assertEquals("2025-04-01", r.get("deadline").asText(), "a county government publishes by 1 April");
        assertEquals("DRAFT", r.get("status").asText());
        assertEquals(0, r.get("version").asInt(), "nothing saved yet");
        assertEquals(SENTENCES_2024, texts(r.get("statistics")));
        assertEquals(List.of("study", "tests", "court", "rectifications", "duties", "lawReports", "reconsideration"),
                Json.texts(r.get("statisticItems"), "key"));

        JsonNode sections = r.get("sections");
        assertEquals(List.of("一、上一年度推进法治政府建设的主要举措和成效", "二、存在的不足和原因",
                "三、党政主要负责人履行推进法治建设第一责任人职责情况", "四、下一年度推进法治政府建设的主要安排",
                "五、其他需要报告的情况"), Json.texts(sections, "title"));
        List<String> partOne = new ArrayList<>(SENTENCES_2024.subList(0, 4));
        partOne.add(SENTENCES_2024.get(6));
        assertEquals(partOne, texts(sections.get(0).get("generated")), "学法, 考法, 出庭, 整改, 复议 in part 一");
        assertEquals(SENTENCES_2024.subList(4, 6), texts(sections.get(2).get("generated")), "duties and 述法 in part 三");
        assertEquals(String.join("\n", partOne), sections.get(0).get("text").asText());
        assertEquals("", sections.get(1).get("text").asText());

        // The department's subtree: its own sessions, cases and items only; no 2023 law report → no comparison.
        JsonNode justice = report(admin, query(ledger.justice));
        assertEquals("2025-03-01", justice.get("deadline").asText(), "departments report by 1 March");
        List<String> j = texts(justice.get("statistics"));
        assertEquals("全年开展领导班子集体学法2次,与上年持平;参学率90.0%(应到20人次,实到18人次),较上年下降10.0个百分点。", j.get(0));
        assertEquals("全年已开庭行政诉讼案件2件,实际出庭2件,出庭率100.0%,较上年提高100.0个百分点;"
                + "其中行政机关正职出庭2件,正职出庭率100.0%;已审结1件,败诉0件,败诉率0.0%。", j.get(2));
        assertEquals("2024年度党政主要负责人应述法1人,已述法1人,述法率100.0%;"
                + "全年述法共2人次,其中书面述法1人次,述职会述法1人次;评议为良好1人次,尚未评议1人次。", j.get(5));
    }

    @Test
    void aYearWithoutRecordsSaysSoRatherThanPrintingZeros() {
        JsonNode r = report(admin, "year=2021&orgId=" + ledger.county.id());
        assertEquals(List.of("台账中没有2021年度的学法记录。", "台账中没有2021年度的任前法律知识测试记录。",
                "台账中没有2021年度已开庭的行政诉讼案件。", "台账中没有2021年度的督察整改事项。",
                "台账中没有2021年度的第一责任人职责事项。", "台账中没有2021年度的述法记录。", "台账中没有2021年度的行政复议案件。"),
                texts(r.get("statistics")));
        r.get("statisticItems").forEach(i -> assertEquals(false, i.get("hasData").asBoolean()));
    }

    @Test
    void narrativesAreSavedWithVersionsAndSurviveRegeneratedFigures() {
        // The neighbouring county: records added here change none of the other tests' figures.
        String q = query(ledger.neighbour);
        String base = "/api/reports/annual/sections?" + q;
        Http.Res saved = admin.put(base, Map.of("version", 0, "sections", List.of(
                Map.of("key", "measures", "narrative", "一是健全财政法治工作机制。\r\n\r\n二是规范行政执法。"),
                Map.of("key", "shortcomings", "narrative", "执法人员力量不足。"))));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(1, saved.json().get("version").asInt());
        JsonNode measures = saved.json().get("sections").get(0);
        assertEquals("一是健全财政法治工作机制。\n\n二是规范行政执法。", measures.get("narrative").asText(), "line ends made \\n");
        assertTrue(measures.get("text").asText().endsWith("\n一是健全财政法治工作机制。\n二是规范行政执法。"),
                "the generated sentences, then one paragraph per line: " + measures.get("text").asText());

        Http.Res stale = admin.put(base, Map.of("version", 0, "sections", List.of(Map.of("key", "measures", "narrative", "覆盖"))));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("version", stale.json().get("field").asText());

        // New ledger records: the figures are written anew, the text stays.
        String before = report(admin, q).get("statistics").get(0).asText();
        assertEquals("全年开展法治专题讲座/培训班1次;参学率100.0%(应到50人次,实到50人次)。", before);
        ledger.session(ledger.neighbour, "2024-12-20", "WRITTEN", 30, 27);
        JsonNode again = report(admin, q);
        assertEquals("全年开展法治专题讲座/培训班1次,书面学法1次,共2次;参学率96.3%(应到80人次,实到77人次)。",
                again.get("statistics").get(0).asText());
        assertEquals("一是健全财政法治工作机制。\n\n二是规范行政执法。", again.get("sections").get(0).get("narrative").asText());
        assertEquals(1, again.get("version").asInt(), "regenerating is not an edit");

        Http.Res plans = admin.put(base, Map.of("version", 1, "sections", List.of(Map.of("key", "plans", "narrative", "深化财政法治建设。"))));
        assertEquals(200, plans.status(), plans.body());
        assertEquals("执法人员力量不足。", plans.json().get("sections").get(1).get("narrative").asText(), "parts left out keep their text");
        assertEquals("深化财政法治建设。", plans.json().get("sections").get(3).get("text").asText());

        Http.Res unknown = admin.put(base, Map.of("version", 2, "sections", List.of(Map.of("key", "summary", "narrative", "x"))));
        assertEquals(400, unknown.status());
        assertEquals("sections.0.key", unknown.json().get("field").asText());
        Http.Res tooLong = admin.put(base, Map.of("version", 2, "sections", List.of(Map.of("key", "other", "narrative", "长".repeat(20_001)))));
        assertEquals(400, tooLong.status());
        assertEquals("other", tooLong.json().get("field").asText());
        Http.Res cleared = admin.put(base, Map.of("version", 2, "sections", List.of(Map.of("key", "shortcomings", "narrative", "  "))));
        assertNull(cleared.json().get("sections").get(1).get("narrative").textValue(), "blank clears a part");
        assertEquals(3, cleared.json().get("version").asInt(), "the refused saves wrote nothing");
    }

    @Test
    void publishingFreezesTheFiguresUntilWithdrawn() {
        String q = "year=2022&orgId=" + ledger.neighbour.id();
        assertEquals(400, admin.post("/api/reports/annual/publish?" + q, Map.of("publishedOn", "2099-01-01")).status(),
                "not in the future");
        Http.Res early = admin.post("/api/reports/annual/publish?" + q, Map.of("publishedOn", "2021-12-31"));
        assertEquals("publishedOn", early.json().get("field").asText());
        Http.Res published = admin.post("/api/reports/annual/publish?" + q, Map.of("publishedOn", "2023-02-26", "version", 0));
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.json().get("status").asText());
        assertEquals("2023-02-26", published.json().get("publishedOn").asText());
        String frozen = published.json().get("statistics").get(0).asText();
        assertEquals("台账中没有2022年度的学法记录。", frozen);

        ledger.session(ledger.neighbour, "2022-12-01", "WRITTEN", 5, 5);
        assertEquals(frozen, report(admin, q).get("statistics").get(0).asText(), "the published figures stay");
        assertEquals(409, admin.post("/api/reports/annual/publish?" + q, null).status(), "published once");
        Http.Res edit = admin.put("/api/reports/annual/sections?" + q, Map.of("sections", List.of(Map.of("key", "other", "narrative", "补充"))));
        assertEquals(409, edit.status(), "a published report is not edited");
        assertEquals("status", edit.json().get("field").asText());

        Http.Res withdrawn = admin.post("/api/reports/annual/withdraw?" + q, null);
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("DRAFT", withdrawn.json().get("status").asText());
        assertTrue(withdrawn.json().get("publishedOn").isNull());
        assertEquals("全年开展书面学法1次;参学率100.0%(应到5人次,实到5人次)。",
                withdrawn.json().get("statistics").get(0).asText(), "live again");
        assertEquals(409, admin.post("/api/reports/annual/withdraw?" + q, null).status(), "a draft is not withdrawn");
    }

    @Test
    void scopedUsersReachOnlyTheirSubtreeAndViewersOnlyRead() {
        server.createUser("justice-office", Role.ORGANISER, ledger.justice.id());
        server.createUser("report-reader", Role.VIEWER, null);
        Http clerk = server.login("justice-office");
        Http reader = server.login("report-reader");
        assertEquals(403, clerk.get("/api/reports/annual?" + query(ledger.county)).status());
        assertEquals(403, clerk.get("/api/reports/annual?" + query(ledger.finance)).status());
        assertEquals(403, clerk.get("/api/reports/annual.docx?" + query(ledger.county)).status());
        assertEquals(403, clerk.put("/api/reports/annual/sections?" + query(ledger.finance),
                Map.of("sections", List.of(Map.of("key", "other", "narrative", "越权")))).status());
        assertEquals(403, clerk.post("/api/reports/annual/publish?" + query(ledger.county), null).status());
        assertEquals(404, clerk.get("/api/reports/annual?year=2024&orgId=999999").status());
        assertEquals(404, admin.get("/api/reports/annual?year=2024&orgId=999999").status());
        assertEquals(400, admin.get("/api/reports/annual?year=abc&orgId=" + ledger.county.id()).status());
        assertEquals(401, server.anonymous().get("/api/reports/annual?" + query(ledger.county)).status());

        JsonNode own = report(clerk, "year=2024");
        assertEquals(ledger.justice.id(), own.get("orgId").asLong(), "without orgId: the user's own unit");
        assertEquals(java.time.LocalDate.now(server.clock()).getYear() - 1,
                report(clerk, "orgId=" + ledger.justice.id()).get("year").asInt(), "without year: last year");
        assertEquals(200, clerk.put("/api/reports/annual/sections?year=2022&orgId=" + ledger.justice.id(),
                Map.of("sections", List.of(Map.of("key", "other", "narrative", "本单位可写")))).status());

        assertEquals(200, reader.get("/api/reports/annual?" + query(ledger.county)).status());
        assertEquals(ledger.county.id(), report(reader, "year=2024").get("orgId").asLong(), "the top unit");
        assertEquals(403, reader.put("/api/reports/annual/sections?" + query(ledger.county),
                Map.of("sections", List.of(Map.of("key", "other", "narrative", "只读")))).status());
        assertEquals(403, reader.post("/api/reports/annual/publish?" + query(ledger.county), null).status());
    }
}
