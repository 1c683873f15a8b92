package org.fazhi.web.reconsideration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.Json;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * /api/reconsiderations, the statistics and the setting over real HTTP: the stored shape with its due date and
 * standing, field-level refusals that write nothing, 409s, scope, the year's figures, import and export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconsiderationApiTest extends AdminApiCase {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Org org(String name, OrgKind kind, Org parent) {
        return server.org(name + SEQ.incrementAndGet(), kind, parent);
    }

    private static Map<String, Object> body(String caseNo, Org respondent, String received, String accepted, String decided,
                                            String decision) {
        Map<String, Object> m = new HashMap<>();
        m.put("caseNo", caseNo);
        m.put("applicant", "张某某");
        m.put("applicantType", "CITIZEN");
        m.put("respondentOrgId", respondent.id());
        m.put("category", "PENALTY");
        m.put("receivedOn", received);
        m.put("acceptedOn", accepted);
        m.put("procedure", "NORMAL");
        m.put("decidedOn", decided);
        m.put("decision", decision);
        return m;
    }

    private JsonNode created(Map<String, Object> body) {
        return admin.created("/api/reconsiderations", body);
    }

    private static String no() {
        return "清政复决字〔2024〕" + SEQ.incrementAndGet() + "号";
    }

    @Test
    void aCaseIsStoredWithItsDueDateAndStandingAndReadBack() {
        Org unit = org("市场监管局", OrgKind.DEPARTMENT, null);
        Map<String, Object> b = body(no(), unit, "2024-03-01", "2024-03-04", "2024-05-20", "撤销");
        b.put("extendedDays", 20);
        JsonNode j = createdAndReadBack("/api/reconsiderations", b);
        assertEquals("REVOKED", j.get("decision").asText(), "labels are understood as well as codes");
        assertEquals("撤销", j.get("decisionLabel").asText());
        assertEquals("2024-05-23", j.get("dueOn").asText(), "60 days and the extension of 20 from 03-04");
        assertEquals("DECIDED", j.get("stage").asText());
        assertTrue(j.get("daysLate").isNull());
        assertEquals(false, j.get("overdue").asBoolean());
        assertEquals(unit.name(), j.get("respondentOrgName").asText());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        Org unit = org("校验局", OrgKind.DEPARTMENT, null);
        Map<String, Object> b = body(no(), unit, "2024-03-05", "2024-03-01", "2024-02-28", "撤消");
        b.put("procedure", "SIMPLE");
        b.put("extendedDays", 10);
        Http.Res many = admin.post("/api/reconsiderations", b);
        assertEquals(400, many.status(), many.body());
        assertEquals("decision", many.json().get("field").asText(),
                "an unknown code is refused before the order of the steps is judged");
        b.put("decision", "MEDIATED");
        Http.Res steps = admin.post("/api/reconsiderations", b);
        assertEquals(400, steps.status(), steps.body());
        assertTrue(steps.json().get("errors").findValuesAsText("field").containsAll(List.of("acceptedOn", "extendedDays",
                "decidedOn")), steps.body());
        Map<String, Object> future = body(no(), unit, "2099-01-01", null, null, null);
        Http.Res f = admin.post("/api/reconsiderations", future);
        assertEquals("receivedOn", f.json().get("field").asText(), f.body());
        Map<String, Object> over = body(no(), unit, "2024-03-05", "2024-03-06", null, null);
        over.put("extendedDays", 31);
        assertEquals("extendedDays", admin.post("/api/reconsiderations", over).json().get("field").asText());
        assertEquals("0", admin.get("/api/reconsiderations?orgId=" + unit.id()).header("X-Total-Count"), "nothing written");
    }

    @Test
    void aTakenCaseNumberAndAStaleEditAre409AndUnknownIds404() {
        Org unit = org("冲突局", OrgKind.DEPARTMENT, null);
        String caseNo = no();
        JsonNode first = created(body(caseNo, unit, "2024-03-01", null, null, null));
        assertEquals(409, admin.post("/api/reconsiderations", body(caseNo, unit, "2024-03-02", null, null, null)).status());
        long id = first.get("id").asLong();
        Map<String, Object> accepted = body(caseNo, unit, "2024-03-01", "2024-03-03", null, null);
        accepted.put("version", 0);
        assertEquals(200, admin.put("/api/reconsiderations/" + id, accepted).status());
        Http.Res stale = admin.put("/api/reconsiderations/" + id, accepted);
        assertEquals(409, stale.status(), stale.body());
        assertEquals(404, admin.get("/api/reconsiderations/999999").status());
        assertEquals(404, admin.delete("/api/reconsiderations/999999").status());
        assertEquals(204, admin.delete("/api/reconsiderations/" + id).status());
    }

    @Test
    void aUnitSeesOnlyItsOwnCasesAndFiguresAndOnlyAdminsChangeTheSetting() {
        Org county = org("复议县", OrgKind.COUNTY_GOV, null);
        Org justice = org("司法局", OrgKind.DEPARTMENT, county);
        Org finance = org("财政局", OrgKind.DEPARTMENT, county);
        created(body(no(), justice, "2024-03-01", "2024-03-02", "2024-04-01", "REVOKED"));
        JsonNode other = created(body(no(), finance, "2024-03-01", "2024-03-02", "2024-04-01", "UPHELD"));
        String name = "rc" + SEQ.incrementAndGet();
        server.createUser(name, Role.ORGANISER, justice.id());
        Http organiser = server.login(name);
        JsonNode list = organiser.get("/api/reconsiderations?year=2024").json();
        assertEquals(1, list.size());
        assertEquals(403, organiser.get("/api/reconsiderations/" + other.get("id").asLong()).status());
        assertEquals(403, organiser.get("/api/reconsideration-stats?year=2024&orgId=" + finance.id()).status());
        JsonNode own = organiser.get("/api/reconsideration-stats?year=2024").json();
        assertEquals(1, own.get("concluded").asInt());
        assertEquals("100.0", own.get("directCorrectionRate").asText());
        assertEquals(403, organiser.put("/api/settings/reconsideration", Map.of("correctionDenominator", "MERITS")).status());

        JsonNode both = admin.get("/api/reconsideration-stats?year=2024&orgId=" + county.id()).json();
        assertEquals(2, both.get("concluded").asInt());
        assertEquals("50.0", both.get("directCorrectionRate").asText());
        assertEquals(1, both.get("byDecision").get("UPHELD").asInt());
        assertEquals(2, both.get("byRespondent").size());
        assertEquals(justice.name(), both.get("byRespondent").get(0).get("orgName").asText(), "the corrected one first");
        assertTrue(both.get("summary").asText().startsWith("2024年收到行政复议申请2件,受理2件(受理率100.0%),审结2件"),
                both.get("summary").asText());
        Http.Res set = admin.put("/api/settings/reconsideration", Map.of("correctionDenominator", "MERITS"));
        assertEquals(200, set.status(), set.body());
        assertEquals("MERITS", admin.get("/api/settings/reconsideration").json().get("correctionDenominator").asText());
        assertEquals(400, admin.put("/api/settings/reconsideration", Map.of("correctionDenominator", "ALL")).status());
        admin.put("/api/settings/reconsideration", Map.of("correctionDenominator", "CONCLUDED"));
    }

    @Test
    void aFileIsImportedWhollyOrNotAtAllAndExportedInTheSameColumns() {
        Org unit = org("导入局", OrgKind.DEPARTMENT, null);
        String header = "案号,申请人,申请人类型,被申请人,事项类别,收到申请日期,受理日期,决定日期,决定结果\n";
        String a = no();
        String b = no();
        String good = header + a + ",李某,公民," + unit.id() + ",行政处罚,2024-04-01,2024-04-03,2024-05-20,维持\n"
                + b + ",某公司,法人," + unit.id() + ",行政许可,2024-04-02,,,\n";
        Http.Res r = admin.raw("POST", "/api/reconsiderations/import", "text/csv", good);
        assertEquals(200, r.status(), r.body());
        assertEquals(2, r.json().get("imported").asInt());
        assertEquals(2, r.json().get("created").asInt());
        Http.Res again = admin.raw("POST", "/api/reconsiderations/import", "text/csv", good);
        assertEquals(409, again.status(), "the same file twice: " + again.body());

        String bad = header + no() + ",李某,公民," + unit.id() + ",行政处罚,2024-04-05,2024-04-03,,\n"
                + no() + ",李某,公民," + unit.id() + ",行政处罚,2024-04-05,,,撤消\n";
        Http.Res refused = admin.raw("POST", "/api/reconsiderations/import", "text/csv", bad);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("2|受理日期", "3|决定结果"), Json.cells(refused.json().get("errors")), refused.body());
        assertEquals("2", admin.get("/api/reconsiderations?orgId=" + unit.id()).header("X-Total-Count"), "nothing written");

        Http.Res csv = admin.get("/api/reconsiderations/export?format=csv&orgId=" + unit.id());
        assertEquals(200, csv.status());
        String text = new String(csv.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertTrue(text.contains("案号,申请人,申请人类型,被申请人,事项类别,收到申请日期,受理日期,不予受理理由,审理程序,延长天数,决定日期,决定结果,"
                + "被申请人自行纠正,备注"), text);
        assertTrue(text.contains(a) && text.contains("维持"), text);
        assertEquals(200, admin.get("/api/reconsiderations/import-template?format=xlsx").status());
    }

    @Test
    void aLawsuitThatFollowedIsLinkedFromBothPages() {
        Org unit = org("诉讼局", OrgKind.DEPARTMENT, null);
        long lawsuit = admin.post("/api/court-cases", Map.of("caseNo", "(2024)复议后诉" + SEQ.incrementAndGet() + "号",
                "court", "清河县人民法院", "instance", "FIRST", "defendantOrgId", unit.id())).json().get("id").asLong();
        Map<String, Object> b = body(no(), unit, "2024-03-01", "2024-03-02", "2024-04-01", "UPHELD");
        b.put("courtCaseId", lawsuit);
        JsonNode c = created(b);
        assertEquals(lawsuit, c.get("courtCaseId").asLong());
        String courtPage = admin.get("/court-cases/" + lawsuit).body();
        assertTrue(courtPage.contains("<a href=\"/reconsiderations/" + c.get("id").asLong() + "/edit\">"
                + c.get("caseNo").asText() + "</a>(维持)"), courtPage);
        String form = admin.get("/reconsiderations/" + c.get("id").asLong() + "/edit").body();
        assertTrue(form.contains("<a href=\"/court-cases/" + lawsuit + "\">后续诉讼案件</a>"), form);
    }

    /** The case's fields as the edit page posts them, with its tokens and the lawsuit's 案号 typed in. */
    private static Map<String, String> posted(JsonNode c, String edit, String courtCaseNo) {
        Map<String, String> f = new HashMap<>();
        f.put("_csrf", Forms.csrf(edit));
        f.put("_once", Forms.inputValue(edit, "_once"));
        for (String k : List.of("caseNo", "applicant", "applicantType", "respondentOrgId", "category", "receivedOn", "acceptedOn",
                "procedure", "extendedDays", "decidedOn", "decision", "version")) {
            f.put(k, c.get(k).asText());
        }
        f.put("courtCaseNo", courtCaseNo);
        return f;
    }

    /**
     * The form names the lawsuit by the 案号 users know, looked up in the court ledger (a Chinese error beside the
     * field when there is none, nothing written), stores the link as before (JSON courtCaseId) and shows the 案号.
     */
    @Test
    void theFormTakesTheLawsuitsCaseNumberAndShowsIt() {
        Org unit = org("案号局", OrgKind.DEPARTMENT, null);
        String lawsuitNo = "(2024)皖0101行初" + SEQ.incrementAndGet() + "号";
        long lawsuit = admin.post("/api/court-cases", Map.of("caseNo", lawsuitNo, "court", "清河县人民法院", "instance", "FIRST",
                "defendantOrgId", unit.id())).json().get("id").asLong();
        JsonNode c = created(body(no(), unit, "2024-03-01", "2024-03-02", "2024-04-01", "UPHELD"));
        long id = c.get("id").asLong();
        Http browser = Forms.signedIn(server, TestServer.ADMIN);
        String edit = browser.get("/reconsiderations/" + id + "/edit").body();
        assertEquals("", Forms.inputValue(edit, "courtCaseNo"), "no lawsuit yet");

        Http.Res refused = browser.form("/reconsiderations/" + id, posted(c, edit, "(2024)皖0101行初999999号"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("后续诉讼案件案号“(2024)皖0101行初999999号”在出庭应诉台账中不存在"), refused.body());
        assertEquals("(2024)皖0101行初999999号", Forms.inputValue(refused.body(), "courtCaseNo"), "what was typed stays");
        assertTrue(admin.get("/api/reconsiderations/" + id).json().get("courtCaseId").isNull(), "nothing written");

        Http.Res saved = browser.form("/reconsiderations/" + id, posted(c, browser.get("/reconsiderations/" + id + "/edit").body(),
                lawsuitNo));
        assertEquals(303, saved.status(), saved.body());
        JsonNode after = admin.get("/api/reconsiderations/" + id).json();
        assertEquals(lawsuit, after.get("courtCaseId").asLong(), "the stored link is the court case, as before");
        String shown = browser.get("/reconsiderations/" + id + "/edit").body();
        assertEquals(lawsuitNo, Forms.inputValue(shown, "courtCaseNo"), "the form shows the link as its 案号");
        assertTrue(shown.contains("<a href=\"/court-cases/" + lawsuit + "\">后续诉讼案件</a> " + lawsuitNo), shown);

        // One 案号 at two 审级: a link to the second stays there when the form is saved with the 案号 untouched, and
        // a cleared 案号 removes the link.
        long appeal = admin.post("/api/court-cases", Map.of("caseNo", lawsuitNo, "court", "滁州市中级人民法院", "instance", "SECOND",
                "defendantOrgId", unit.id())).json().get("id").asLong();
        com.fasterxml.jackson.databind.node.ObjectNode relinked =
                (com.fasterxml.jackson.databind.node.ObjectNode) admin.get("/api/reconsiderations/" + id).json();
        relinked.put("courtCaseId", appeal);
        assertEquals(200, admin.put("/api/reconsiderations/" + id, relinked).status());
        assertEquals(303, browser.form("/reconsiderations/" + id, asShown(browser, id, lawsuitNo)).status());
        assertEquals(appeal, admin.get("/api/reconsiderations/" + id).json().get("courtCaseId").asLong(), "still the 二审 case");
        assertEquals(303, browser.form("/reconsiderations/" + id, asShown(browser, id, "")).status());
        assertTrue(admin.get("/api/reconsiderations/" + id).json().get("courtCaseId").isNull(), "the link went");
    }

    /** The edit form as the page shows it now, its hidden fields too, with {@code courtCaseNo} as typed. */
    private Map<String, String> asShown(Http browser, long id, String courtCaseNo) {
        String edit = browser.get("/reconsiderations/" + id + "/edit").body();
        Map<String, String> f = posted(admin.get("/api/reconsiderations/" + id).json(), edit, courtCaseNo);
        String stored = Forms.inputValue(edit, "courtCaseId");
        if (stored != null && !stored.isEmpty()) {
            f.put("courtCaseId", stored);
        }
        return f;
    }
}
