package org.fazhi.web.duties;

import static org.fazhi.web.support.Json.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The duty API over real HTTP: catalogue, plans, the list, edits, review, scope, progress and
 * exports. Each test plans a year of its own (all of them past, so every open item reads OVERDUE,
 * or far ahead, so none does).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DutyApiTest {
    @AutoClose
    private final DutyServer s = new DutyServer();

    @Test
    void theCatalogueIsVersioned() {
        Http.Res r = s.reader.get("/api/duty-catalog");
        assertEquals(200, r.status(), r.body());
        assertEquals(List.of("EXEC_MEETING_REPORT", "WORK_PLAN", "PRE_MEETING_STUDY", "MAJOR_DECISIONS", "COURT_APPEARANCE",
                "YEAR_END_REPORT", "ANNUAL_REPORT"), texts(r.json(), "code"));
        JsonNode first = r.json().get(0);
        assertEquals("YEARLY", first.get("frequency").asText());
        assertEquals("PRINCIPAL", first.get("appliesTo").get(0).asText());
        assertEquals(1, first.get("version").asInt());
        assertEquals("04-01", r.json().get(6).get("dueDay").asText());
        assertTrue(r.json().get(4).get("legalBasis").asText().contains("行政诉讼法"));
        Http.Res early = s.reader.get("/api/duty-catalog?year=2015");
        assertEquals(400, early.status());
        assertEquals("year", early.json().get("field").asText());

        assertEquals("[\"CITY_GOV\",\"COUNTY_GOV\"]", first.get("orgKinds").toString(),
                "the 2016 catalogue binds 主持政府常务会议 to governments");
        assertEquals("[]", r.json().get(1).get("orgKinds").toString(), "and its other duties to every kind of unit");
        Map<String, Object> entry = new HashMap<>(Map.of("code", "WORK_PLAN", "title", "将法治建设纳入年度计划",
                "frequency", "每年", "appliesTo", List.of("PRINCIPAL", "副职"), "dueDay", "02-28",
                "orgKinds", List.of("COUNTY_GOV", "市人民政府")));
        Map<String, Object> version = Map.of("label", "2100年版", "fromYear", 2100, "entries", List.of(entry));
        assertEquals(403, s.office.post("/api/duty-catalog/versions", version).status(), "admins only");
        Http.Res dup = s.admin.post("/api/duty-catalog/versions", Map.of("label", "重复", "fromYear", 2100,
                "entries", List.of(entry, entry)));
        assertEquals(400, dup.status());
        assertEquals("entries.1.code", dup.json().get("field").asText());
        Map<String, Object> bad = new HashMap<>(entry);
        bad.put("frequency", "每月");
        bad.put("dueDay", "13-01");
        bad.put("orgKinds", List.of("村委会"));
        Http.Res wrong = s.admin.post("/api/duty-catalog/versions", Map.of("label", "错误", "fromYear", 2100,
                "entries", List.of(entry, bad)));
        assertEquals(400, wrong.status());
        assertEquals(List.of("entries.1.frequency", "entries.1.orgKinds", "entries.1.dueDay"), texts(wrong.json().get("errors"), "field"));

        Http.Res created = s.admin.post("/api/duty-catalog/versions", version);
        assertEquals(201, created.status(), created.body());
        assertEquals(2, created.json().get("version").asInt());
        List<String> applies = new ArrayList<>();
        created.json().get("entries").get(0).get("appliesTo").forEach(c -> applies.add(c.asText()));
        assertEquals(List.of("PRINCIPAL", "DEPUTY"), applies, "categories by code or label");
        JsonNode v2 = s.reader.get("/api/duty-catalog?year=2100").json();
        assertEquals(1, v2.size());
        assertEquals("将法治建设纳入年度计划", v2.get(0).get("title").asText());
        assertEquals("DEPUTY", v2.get(0).get("appliesTo").get(1).asText());
        assertEquals("[\"COUNTY_GOV\",\"CITY_GOV\"]", v2.get(0).get("orgKinds").toString(), "unit kinds by code or label");
        assertEquals(7, s.reader.get("/api/duty-catalog?year=2099").json().size(), "years before 2100 keep version 1");
        assertEquals(List.of("2", "1"), texts(s.reader.get("/api/duty-catalog/versions").json(), "version"));
    }

    @Test
    void plansAreIdempotentAndScoped() {
        Http.Res unit = s.clerk.post("/api/duty-plans", Map.of("year", 2032));
        assertEquals(201, unit.status(), unit.body());
        assertEquals(5, unit.json().get("created").asInt(), "the clerk's scope: 张局长 only, not his deputy");
        assertEquals(403, s.clerk.post("/api/duty-plans", Map.of("year", 2032, "orgId", s.finance.id())).status());
        assertEquals(403, s.reader.post("/api/duty-plans", Map.of("year", 2032)).status());
        Http.Res all = s.admin.post("/api/duty-plans", Map.of("year", 2032));
        assertEquals(201, all.status());
        assertEquals(12, all.json().get("created").asInt());
        Http.Res again = s.admin.post("/api/duty-plans", Map.of("year", 2032));
        assertEquals(200, again.status(), "running a plan twice creates nothing");
        assertEquals(0, again.json().get("created").asInt());
        assertEquals("17", s.admin.get("/api/duties?year=2032").header("X-Total-Count"));
        assertEquals("year", s.admin.post("/api/duty-plans", Map.of()).json().get("field").asText());
        assertEquals(404, s.admin.post("/api/duty-plans", Map.of("year", 2032, "orgId", 99999)).status());
    }

    @Test
    void theListFiltersAndCounts() {
        s.plan(2017);
        Http.Res all = s.admin.get("/api/duties?year=2017");
        assertEquals("17", all.header("X-Total-Count"));
        JsonNode first = all.json().get(0);
        for (String field : new String[] {"id", "personId", "personName", "orgId", "orgName", "year", "code", "title",
                "frequency", "legalBasis", "dueDate", "status", "naReason", "note", "reviewState", "version"}) {
            assertTrue(first.has(field), field);
        }
        assertTrue(!first.has("evidence"), "lists leave the evidence out");
        assertEquals("OVERDUE", first.get("status").asText(), "2017 is long past");
        assertEquals("NOT_STARTED", first.get("recordedStatus").asText());
        assertEquals("5", s.admin.get("/api/duties?year=2017&orgId=" + s.justice.id()).header("X-Total-Count"));
        assertEquals("10", s.admin.get("/api/duties?year=2017&orgId=" + s.county.id() + "&status=OVERDUE&q=局长")
                .header("X-Total-Count"));
        assertEquals("5", s.admin.get("/api/duties?year=2017&personId=" + s.financeHead.id()).header("X-Total-Count"));
        assertEquals("3", s.admin.get("/api/duties?year=2017&q=" + java.net.URLEncoder.encode("年度报告",
                java.nio.charset.StandardCharsets.UTF_8)).header("X-Total-Count"));
        assertEquals("0", s.admin.get("/api/duties?year=2017&status=NOT_STARTED").header("X-Total-Count"));
        assertEquals("17", s.admin.get("/api/duties?year=2017&reviewState=DRAFT").header("X-Total-Count"));
        Http.Res page = s.admin.get("/api/duties?year=2017&limit=5&offset=15");
        assertEquals(2, page.json().size());
        assertEquals("17", page.header("X-Total-Count"));
        Http.Res bad = s.admin.get("/api/duties?year=2017&status=LATE");
        assertEquals(400, bad.status());
        assertEquals("status", bad.json().get("field").asText());
        assertEquals(400, s.admin.get("/api/duties?year=abc").status());
        assertEquals("5", s.clerk.get("/api/duties?year=2017").header("X-Total-Count"), "a unit sees its own");
        assertEquals(403, s.clerk.get("/api/duties?year=2017&orgId=" + s.finance.id()).status());
    }

    @Test
    void editsCarryVersionsAndNotApplicableNeedsAReason() {
        s.plan(2018);
        JsonNode i = s.item(s.justiceHead, 2018, "MAJOR_DECISIONS");
        long id = i.get("id").asLong();
        int v = i.get("version").asInt();
        Http.Res noReason = s.clerk.put("/api/duties/" + id, Map.of("status", "NOT_APPLICABLE", "version", v));
        assertEquals(400, noReason.status());
        assertEquals("naReason", noReason.json().get("field").asText());
        assertTrue(noReason.json().get("message").asText().contains("不适用理由"));

        Http.Res na = s.clerk.put("/api/duties/" + id, Map.of("status", "不适用", "naReason", "本年度未作出重大行政决策",
                "note", "经办公室核实", "version", v));
        assertEquals(200, na.status(), na.body());
        assertEquals("NOT_APPLICABLE", na.json().get("status").asText());
        assertEquals("本年度未作出重大行政决策", na.json().get("naReason").asText());
        assertEquals(v + 1, na.json().get("version").asInt());
        assertTrue(na.json().get("evidence").isArray());

        Http.Res stale = s.clerk.put("/api/duties/" + id, Map.of("status", "IN_PROGRESS", "version", v));
        assertEquals(409, stale.status());
        assertEquals("version", stale.json().get("field").asText());

        assertEquals(403, s.reader.put("/api/duties/" + id, Map.of("status", "IN_PROGRESS")).status());
        Map<String, Object> move = Map.of("status", "IN_PROGRESS", "dueDate", "2019-03-31", "version", v + 1);
        assertEquals(403, s.clerk.put("/api/duties/" + id, move).status(), "a unit does not move its own due date");
        Http.Res moved = s.office.put("/api/duties/" + id, move);
        assertEquals(200, moved.status(), moved.body());
        assertEquals("2019-03-31", moved.json().get("dueDate").asText());
        assertNull(moved.json().get("naReason").textValue(), "the reason goes with NOT_APPLICABLE");
        assertEquals("dueDate", s.office.put("/api/duties/" + id, Map.of("status", "IN_PROGRESS", "dueDate", "2019-02-30"))
                .json().get("field").asText());
        assertEquals(404, s.admin.get("/api/duties/99999").status());
    }

    @Test
    void theReviewGoesSubmitApproveOrReturn() {
        s.plan(2020);
        long id = s.itemId(s.justiceHead, 2020, "YEAR_END_REPORT");
        String base = "/api/duties/" + id;
        Http.Res empty = s.clerk.post(base + "/submit", Map.of());
        assertEquals(400, empty.status(), "evidence first");
        assertEquals("evidence", empty.json().get("field").asText());
        assertEquals(403, s.reader.post(base + "/submit", Map.of()).status());
        assertEquals(201, s.clerk.post(base + "/evidence", Map.of("kind", "NOTE", "title", "情况说明",
                "text", "2020年4月局务会议上述法", "effectiveDate", "2020-04-15")).status());
        assertEquals(409, s.office.post(base + "/approve", Map.of()).status(), "nothing submitted yet");

        Http.Res submitted = s.clerk.post(base + "/submit", Map.of("comment", "请审核"));
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().get("reviewState").asText());
        assertEquals("IN_PROGRESS", submitted.json().get("recordedStatus").asText());
        assertEquals(409, s.clerk.post(base + "/submit", Map.of()).status(), "already submitted");
        assertEquals(403, s.clerk.post(base + "/approve", Map.of()).status(), "a unit does not approve itself");
        assertEquals(403, s.reader.post(base + "/approve", Map.of()).status());
        Http.Res noComment = s.office.post(base + "/return", Map.of());
        assertEquals(400, noComment.status());
        assertEquals("comment", noComment.json().get("field").asText());

        Http.Res returned = s.office.post(base + "/return", Map.of("comment", "请补充会议纪要"));
        assertEquals(200, returned.status(), returned.body());
        assertEquals("RETURNED", returned.json().get("reviewState").asText());
        assertEquals(200, s.clerk.post(base + "/submit", Map.of("comment", "已补充")).status());
        Http.Res approved = s.office.post(base + "/approve", Map.of("comment", "同意"));
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().get("reviewState").asText());
        assertEquals("DONE", approved.json().get("status").asText());
        assertEquals(List.of("SUBMIT", "RETURN", "SUBMIT", "APPROVE"), texts(approved.json().get("reviews"), "action"));
        assertEquals(List.of("justice-clerk", "county-office", "justice-clerk", "county-office"),
                texts(approved.json().get("reviews"), "actor"));
        assertEquals(409, s.office.post(base + "/approve", Map.of()).status(), "approved once");
        assertEquals(409, s.send(s.office, "POST", base + "/approve", null, null).statusCode(),
                "a step without a body (and without a content type) is understood as one without comment");
        assertEquals(409, s.clerk.put(base, Map.of("status", "IN_PROGRESS")).status(), "an approved item is closed");
        assertEquals(409, s.clerk.post(base + "/evidence", Map.of("kind", "LINK", "title", "报道", "url", "https://a.cn/",
                "effectiveDate", "2020-04-16")).status());
        assertTrue(s.admin.get("/api/audit?entity=duty-item&entityId=" + id).body().contains("审核通过"));
    }

    @Test
    void aScopedUserNeitherSeesNorChangesAnotherUnitsDuty() {
        s.plan(2021);
        long finance = s.itemId(s.financeHead, 2021, "WORK_PLAN");
        assertEquals(403, s.clerk.get("/api/duties/" + finance).status());
        assertEquals(403, s.clerk.put("/api/duties/" + finance, Map.of("status", "IN_PROGRESS")).status());
        assertEquals(403, s.clerk.post("/api/duties/" + finance + "/submit", Map.of()).status());
        assertEquals(403, s.clerk.get("/api/duties/" + finance + "/evidence").status());
        assertEquals(403, s.clerk.post("/api/duties/" + finance + "/evidence", Map.of("kind", "NOTE", "title", "说明",
                "text", "文字", "effectiveDate", "2021-05-01")).status());
        assertEquals("NOT_STARTED", s.item(s.financeHead, 2021, "WORK_PLAN").get("recordedStatus").asText());
        assertEquals(200, s.office.get("/api/duties/" + finance).status(), "the county's organiser sees its units");
        assertEquals(200, s.reader.get("/api/duties/" + finance).status(), "an unscoped viewer reads everything");
    }

    @Test
    void progressIsCountedPerLeaderAndUnit() {
        s.plan(2022);
        s.setStatus(s.justiceHead, 2022, "WORK_PLAN", "DONE", null);
        s.setStatus(s.justiceHead, 2022, "ANNUAL_REPORT", "DONE", null);
        s.setStatus(s.justiceHead, 2022, "MAJOR_DECISIONS", "NOT_APPLICABLE", "本年度无重大行政决策");
        // A 财政局's head owes no 政府常务会议 duties: five.
        for (String code : List.of("WORK_PLAN", "MAJOR_DECISIONS", "COURT_APPEARANCE", "YEAR_END_REPORT", "ANNUAL_REPORT")) {
            s.setStatus(s.financeHead, 2022, code, "DONE", null);
        }
        // 王县长 7 items, none done, all overdue; 张局长 5: 2 done, 1 NA, 2 overdue: 2 ÷ 4; 钱局长 5 done.
        Http.Res r = s.reader.get("/api/duty-progress?year=2022");
        assertEquals(200, r.status(), r.body());
        assertEquals(List.of("王县长", "张局长", "钱局长"), texts(r.json(), "personName"), "who is behind first");
        assertEquals(List.of("0.0", "50.0", "100.0"), texts(r.json(), "rate"));
        JsonNode zhang = r.json().get(1);
        assertEquals(List.of(5, 2, 2, 1), List.of(zhang.get("total").asInt(), zhang.get("done").asInt(),
                zhang.get("overdue").asInt(), zhang.get("notApplicable").asInt()));
        assertEquals(s.justice.id(), zhang.get("orgId").asLong());
        assertEquals(s.justiceHead.id(), zhang.get("personId").asLong());

        JsonNode units = s.reader.get("/api/duty-progress/units?year=2022").json();
        assertEquals(List.of(17, 7, 9, 1), List.of(units.get("total").asInt(), units.get("done").asInt(),
                units.get("overdue").asInt(), units.get("notApplicable").asInt()));
        assertEquals("43.8%", units.get("rateText").asText(), "7 ÷ 16");
        assertEquals(List.of("清河县人民政府", "县司法局", "县财政局"), texts(units.get("units"), "orgName"));
        assertTrue(units.get("units").get(0).get("own").asBoolean(), "the county's own leader");

        assertEquals(List.of("张局长"), texts(s.clerk.get("/api/duty-progress?year=2022").json(), "personName"));
        assertEquals(403, s.clerk.get("/api/duty-progress?year=2022&orgId=" + s.finance.id()).status());
        assertEquals(List.of("钱局长"), texts(s.office.get("/api/duty-progress?year=2022&orgId=" + s.finance.id()).json(),
                "personName"));
    }

    @Test
    void listsAndProgressExportWithChineseHeaders() throws Exception {
        s.plan(2016);
        s.setStatus(s.countyHead, 2016, "WORK_PLAN", "DONE", null);
        Http.Res csv = s.admin.get("/api/duties/export?format=csv&year=2016&orgId=" + s.county.id());
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new StringReader(csv.body().replace("\uFEFF", ""))).getRecords();
        assertEquals("编号", rows.get(0).get(0));
        assertEquals(List.of("编号", "年度", "单位", "姓名", "职责代码", "职责事项", "频次", "依据", "截止日期", "状态",
                "不适用理由", "备注", "审核状态", "佐证材料数"), rows.get(0).toList());
        assertEquals(18, rows.size(), "a header and 17 items");
        CSVRecord done = rows.stream().filter(r -> r.get(3).equals("王县长") && r.get(4).equals("WORK_PLAN")).findFirst()
                .orElseThrow();
        assertEquals(List.of("2016", "清河县人民政府", "已完成", "2016-03-31"), List.of(done.get(1), done.get(2), done.get(9),
                done.get(8)));

        Http.Res xlsx = s.admin.get("/api/duties/export?format=xlsx&year=2016");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.header("Content-Type").startsWith("application/vnd.openxmlformats"));
        assertTrue(xlsx.body().startsWith("PK"), "an .xlsx is a zip");
        assertEquals(403, s.clerk.get("/api/duties/export?format=csv&year=2016&orgId=" + s.finance.id()).status());

        Http.Res progress = s.admin.get("/api/duty-progress/export?format=csv&year=2016");
        List<CSVRecord> p = CSVFormat.EXCEL.parse(new StringReader(progress.body().replace("\uFEFF", ""))).getRecords();
        assertEquals(List.of("单位", "姓名", "职责事项数", "已完成", "已逾期", "不适用", "完成率(%)"), p.get(0).toList());
        assertEquals(4, p.size());
        assertEquals(List.of("清河县人民政府", "王县长", "7", "1", "6", "0", "14.3"), p.get(3).toList(), "the least behind last");
        Http.Res byUnit = s.admin.get("/api/duty-progress/export?format=csv&year=2016&by=unit");
        List<CSVRecord> u = CSVFormat.EXCEL.parse(new StringReader(byUnit.body().replace("\uFEFF", ""))).getRecords();
        assertEquals(List.of("合计", "", "17", "1", "16", "0", "5.9"), u.get(u.size() - 1).toList());
        assertEquals(400, s.admin.get("/api/duties/export?format=pdf&year=2016").status());
    }
}
