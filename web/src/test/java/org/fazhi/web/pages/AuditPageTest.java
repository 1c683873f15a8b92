package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.duty.lawreport.ReportWay;
import org.fazhi.web.support.AdminPagesCase;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;

/** /audit reads in Chinese: kinds and names of records, only the fields that changed, codes as their labels. */
class AuditPageTest extends AdminPagesCase {
    @Test
    void anEditShowsOnlyWhatChangedInWords() {
        long org = api.post("/api/orgs", Map.of("name", "留痕县人民政府", "kind", "COUNTY_GOV")).json().get("id").asLong();
        Map<String, Object> s = new HashMap<>(Map.of("orgId", org, "date", "2024-05-20", "kind", "COLLECTIVE",
                "topic", "学习行政处罚法修订要点", "laws", List.of("中华人民共和国行政处罚法"), "lecturer", "张律师",
                "minutes", 60, "expected", 20, "attended", 18));
        Http.Res created = api.post("/api/study-sessions", s);
        assertEquals(201, created.status(), created.body());
        ObjectNode edit = (ObjectNode) created.json();
        edit.put("kind", "EXEC_MEETING").put("lecturer", "李教授");
        assertEquals(200, api.put("/api/study-sessions/" + edit.get("id").asLong(), edit).status());

        String html = page.get("/audit?entity=study-session&action=UPDATE").body();
        String changes = between(html, "<table class=\"changes\">", "</table>");
        assertTrue(html.contains("学法记录<br><small>学习行政处罚法修订要点</small>"), html);
        assertEquals(List.of("类型|领导班子集体学法|政府常务会议会前学法", "主讲人|张律师|李教授"), rows(changes));
        for (String raw : List.of("COLLECTIVE", "EXEC_MEETING", "\"kind\"", "version", "study-session ")) {
            assertFalse(html.contains(raw), raw + " shown raw:\n" + html);
        }
    }

    /** Text typed in the shape of a moment that is none (2025-02-30) is shown as typed; the page never fails on it. */
    @Test
    void textShapedLikeAnImpossibleMomentIsShownAsTyped() {
        long org = api.post("/api/orgs", Map.of("name", "留痕乡人民政府", "kind", "TOWNSHIP")).json().get("id").asLong();
        Map<String, Object> s = new HashMap<>(Map.of("orgId", org, "date", "2024-05-20", "kind", "COLLECTIVE",
                "topic", "2025-02-30T10:00:00Z", "laws", List.of("中华人民共和国行政处罚法"), "minutes", 60,
                "expected", 20, "attended", 18));
        assertEquals(201, api.post("/api/study-sessions", s).status());
        Http.Res audit = page.get("/audit?entity=study-session");
        assertEquals(200, audit.status(), audit.body());
        assertTrue(audit.body().contains("2025-02-30T10:00:00Z"), "shown as typed");
    }

    @Test
    void aNewRecordShowsWhatItHoldsAndBooleansReadAsYesOrNo() {
        long org = api.post("/api/orgs", Map.of("name", "留痕局", "kind", "DEPARTMENT")).json().get("id").asLong();
        Map<String, Object> c = Map.of("caseNo", "(2024)皖0101行初99号", "court", "清河县人民法院", "instance", "FIRST",
                "defendantOrgId", org, "cause", "行政许可", "filedOn", "2024-02-01");
        long caseId = api.post("/api/court-cases", c).json().get("id").asLong();
        assertEquals(201, api.post("/api/court-cases/" + caseId + "/hearings", Map.of("date", "2024-03-15",
                "headAppeared", false, "absenceReason", "FORCE_MAJEURE", "entrustedStaff", "王科长")).status());

        String html = page.get("/audit?entity=court-hearing").body();
        List<String> shown = rows(between(html, "<table class=\"changes\">", "</table>"));
        assertTrue(shown.contains("负责人是否出庭||否"), shown.toString());
        assertTrue(shown.contains("未出庭理由||不可抗力"), shown.toString());
        assertTrue(html.contains("开庭记录"), html);
    }

    @Test
    void theFilterOffersEveryKindOfRecord() {
        String html = page.get("/audit").body();
        for (String kind : List.of("court-case\" *>行政诉讼案件", "court-hearing\" *>开庭记录", "duty-item\" *>第一责任人职责",
                "duty-evidence\" *>职责佐证材料", "law-report\" *>述法记录", "rectification\" *>整改事项",
                "annual-report\" *>法治政府建设年度报告", "test-result\" *>测试成绩")) {
            assertTrue(Pattern.compile("<option value=\"" + kind + "</option>").matcher(html).find(), kind + " missing from the filter");
        }
    }

    @Test
    void theFilterAndTheListNameTheKindsOfRecordLaterModulesAdded() {
        String html = page.get("/audit").body();
        for (String kind : List.of("reconsideration\" *>行政复议案件", "package\" *>报送包", "package-key\" *>报送公钥",
                "assessment-answer\" *>考核指标评分", "assessment-evidence\" *>考核佐证材料", "assessment-round\" *>示范创建考核",
                "assessment-unit\" *>考核参评单位", "indicator-system\" *>考核指标体系", "online-exam\" *>在线考试")) {
            assertTrue(Pattern.compile("<option value=\"" + kind + "</option>").matcher(html).find(), kind + " missing from the filter");
        }
    }

    @Test
    void aReconsiderationReadsWithItsFormsLabelsAndTheRespondentByName() {
        long org = api.post("/api/orgs", Map.of("name", "留痕市场监管局", "kind", "DEPARTMENT")).json().get("id").asLong();
        Map<String, Object> c = new HashMap<>(Map.of("caseNo", "清政复决字〔2024〕901号", "applicant", "张某某",
                "applicantType", "CITIZEN", "respondentOrgId", org, "category", "PENALTY", "receivedOn", "2024-03-01",
                "acceptedOn", "2024-03-04", "procedure", "NORMAL", "decidedOn", "2024-05-20", "decision", "REVOKED"));
        Http.Res created = api.post("/api/reconsiderations", c);
        assertEquals(201, created.status(), created.body());
        c.put("decidedOn", "2024-05-21");
        c.put("decision", "UPHELD");
        c.put("version", 0);
        Http.Res edited = api.put("/api/reconsiderations/" + created.json().get("id").asLong(), c);
        assertEquals(200, edited.status(), edited.body());

        String html = page.get("/audit?entity=reconsideration&action=UPDATE").body();
        assertTrue(html.contains("<td>行政复议案件<br>"), "the 对象 column names the kind in Chinese");
        assertEquals(List.of("决定日期|2024-05-20|2024-05-21", "决定结果|撤销|维持"),
                rows(between(html, "<table class=\"changes\">", "</table>")));
        String added = page.get("/audit?entity=reconsideration&action=CREATE").body();
        List<String> shown = rows(between(added, "<table class=\"changes\">", "</table>"));
        for (String row : List.of("申请人类型||公民", "被申请人||留痕市场监管局", "事项类别||行政处罚", "收到申请日期||2024-03-01",
                "审理程序||普通程序", "决定结果||撤销")) {
            assertTrue(shown.contains(row), row + " in " + shown);
        }
        for (String raw : List.of("decidedOn", "REVOKED", "UPHELD", "CITIZEN", "PENALTY", "respondentOrg", ">reconsideration<")) {
            assertFalse(html.contains(raw) || added.contains(raw), raw + " shown raw:\n" + added);
        }
    }

    @Test
    void aLawReportNamesItsLeaderAndUnitNotTheirIds() {
        long unit = api.post("/api/orgs", Map.of("name", "留痕司法局", "kind", "DEPARTMENT")).json().get("id").asLong();
        long li = api.post("/api/people", Map.of("orgId", unit, "name", "李述法", "position", "局长", "category", "PRINCIPAL"))
                .json().get("id").asLong();
        Http.Res r = api.post("/api/law-reports", Map.of("personId", li, "year", 2024, "way", "MEETING",
                "reportedOn", "2025-01-10", "rating", "EXCELLENT"));
        assertEquals(201, r.status(), r.body());

        String html = page.get("/audit?entity=law-report").body();
        List<String> shown = rows(between(html, "<table class=\"changes\">", "</table>"));
        assertTrue(shown.contains("人员||李述法") && shown.contains("单位||留痕司法局"), shown.toString());
        assertTrue(shown.contains("述法方式||" + ReportWay.MEETING.label()), shown.toString());
        assertFalse(shown.contains("人员||" + li) || shown.contains("单位||" + unit), "ids are not names: " + shown);
    }

    private static String between(String html, String from, String to) {
        int i = html.indexOf(from);
        assertTrue(i >= 0, "no " + from + " in:\n" + html);
        return html.substring(i, html.indexOf(to, i));
    }

    /** The change table's rows as "label|before|after". */
    private static List<String> rows(String table) {
        Matcher m = Pattern.compile("<tr><th scope=\"row\">([^<]*)</th><td>([^<]*)</td><td>([^<]*)</td></tr>").matcher(table);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + "|" + m.group(2) + "|" + m.group(3));
        }
        return out;
    }
}
