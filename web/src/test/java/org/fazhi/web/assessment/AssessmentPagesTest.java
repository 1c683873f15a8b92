package org.fazhi.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The 示范创建 pages over real HTTP: lists, the system tree, the round overview, results, matrix and 反馈报告, with scope. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentPagesTest extends AdminApiCase {
    private final Assessment assessment = new Assessment(server.server().database(), server.services().audit(), RoundApiTest.CLOCK);
    private final Org county = org("页面县", OrgKind.COUNTY_GOV, null);
    private final Org a = org("页面一镇", OrgKind.TOWNSHIP, county);
    private final Org b = org("页面<二>镇", OrgKind.TOWNSHIP, county);
    private final long systemId = admin.post("/api/indicator-systems/sample", Map.of()).json().get("id").asLong();
    private final long roundId = openRound();

    AssessmentPagesTest() {
        super(RoundApiTest.CLOCK);
    }

    private Org org(String name, OrgKind kind, Org parent) {
        return server.org(name, kind, parent);
    }

    private long openRound() {
        long id = admin.post("/api/assessment-rounds", RoundApiTest.round(systemId, county.id())).json().get("id").asLong();
        for (Org unit : new Org[] {a, b}) {
            String share = unit == a ? "1" : "0.5";
            assessment.answers().answers(Actor.SYSTEM, id, unit.id()).forEach(leaf -> assessment.answers().save(Actor.SYSTEM, id,
                    unit.id(), leaf.code(), leaf.points().multiply(new BigDecimal(share)).setScale(1, RoundingMode.DOWN), "已落实", null));
            assessment.answers().submit(Actor.SYSTEM, id, unit.id(), null);
        }
        return id;
    }

    private String page(Http who, String path) {
        Http.Res r = who.get(path);
        assertEquals(200, r.status(), path + ": " + r.body());
        return r.body();
    }

    @Test
    void theListsShowRoundsAndSystemsWithVersionAndSampleMark() {
        String rounds = page(admin, "/assessment?year=2026&orgId=" + county.id());
        assertTrue(rounds.contains("2026年度法治政府建设示范创建考核") && rounds.contains("/assessment/systems"), rounds);
        assertTrue(rounds.contains(">示范创建</a>"), "the nav entry");
        assertFalse(page(admin, "/assessment?year=2025").contains("/assessment/rounds/" + roundId + "\""));
        String systems = page(admin, "/assessment/systems");
        assertTrue(systems.contains("(第1版)") && systems.contains("样例") && systems.contains("已用于考核"), systems);
        String tree = page(admin, "/assessment/systems/" + systemId);
        assertTrue(tree.contains("level-1") && tree.contains("level-2"), tree);
        assertTrue(tree.contains("负责人出庭率"), "a binding is shown");
        assertTrue(page(admin, "/assessment/systems/import").contains("/api/indicator-systems/import-template"));
    }

    @Test
    void theOverviewResultsAndMatrixShowTheUnitsRanked() {
        String overview = page(admin, "/assessment/rounds/" + roundId);
        assertTrue(overview.contains("/assessment/rounds/" + roundId + "/units/" + a.id()), overview);
        assertTrue(overview.contains("页面&lt;二&gt;镇"), "names are escaped");
        String results = page(admin, "/assessment/rounds/" + roundId + "/results");
        assertTrue(results.contains("纳入考核的2个单位中1个基本达到指标体系工作标准(50.0%),达到年度目标50%"), results);
        assertTrue(results.contains("<svg"), "the bar chart is inline SVG");
        assertFalse(results.contains("<script src=\"http"), "no external scripts");
        assertTrue(results.indexOf("页面一镇") < results.indexOf("页面&lt;二&gt;镇"), "best first");
        String dashboard = page(admin, "/?year=2026&orgId=" + county.id());
        assertTrue(dashboard.contains("示范创建") && dashboard.contains("参评 <span class=\"big\">2</span> 个单位,基本达标 1 个(50.0%)")
                && dashboard.contains("/assessment/rounds/" + roundId + "/results"), dashboard);
        assertTrue(dashboard.contains("全轮参评") && dashboard.contains("全轮年度目标 50%"), "with a unit chosen the card says the "
                + "counts are the whole round's");
        // Both units have submitted, neither is confirmed: the figures are provisional, on the page and the card.
        assertTrue(results.contains("结果暂定:本轮尚有 2 个单位的考核结果未确认"), results);
        assertTrue(dashboard.contains("结果暂定:尚有 2 个单位的考核结果未确认"), dashboard);
        for (Org unit : new Org[] {a, b}) {
            assessment.review().confirm(Actor.SYSTEM, roundId, unit.id(), null);
        }
        assertFalse(page(admin, "/assessment/rounds/" + roundId + "/results").contains("结果暂定"), "all confirmed: final");
        assertFalse(page(admin, "/?year=2026&orgId=" + county.id()).contains("结果暂定"), "all confirmed: final");
        assertFalse(page(admin, "/?year=2025").contains("/assessment/rounds/" + roundId + "/results"), "a card of the year only");
        String matrix = page(admin, "/assessment/rounds/" + roundId + "/matrix");
        assertTrue(matrix.contains("matrix?format=xlsx") && matrix.contains("页面一镇"), matrix);
    }

    @Test
    void theResultsAndMatrixPagesFindUnitsByNameAndPageThem() {
        String found = page(admin, "/assessment/rounds/" + roundId + "/matrix?q="
                + java.net.URLEncoder.encode("<二>", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(found.contains("页面&lt;二&gt;镇") && found.contains("第 1–1 条,共 1 条"), found);
        assertFalse(found.contains("页面一镇"), "only the unit found");
        String second = page(admin, "/assessment/rounds/" + roundId + "/results?offset=1");
        assertTrue(second.contains("页面&lt;二&gt;镇") && second.contains("第 2–2 条,共 2 条") && second.contains("上一页"), second);
        assertFalse(second.contains("页面一镇"), "the first page's unit is not on the second, nor in its chart");
        assertTrue(second.contains("纳入考核的2个单位中1个"), "the sentence is over all units");
        String first = page(admin, "/assessment/rounds/" + roundId + "/matrix");
        assertTrue(first.indexOf("页面一镇") < first.indexOf("页面&lt;二&gt;镇") && !first.contains("下一页"), first);
        Http.Res bad = admin.get("/assessment/rounds/" + roundId + "/matrix?offset=-1");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("起始位置不能为负数"), bad.body());
    }

    @Test
    void theFormOpensARoundAndABadOneNamesItsFieldsAndStoresNothing() {
        Http browser = org.fazhi.web.support.Forms.signedIn(server, TestServer.ADMIN);
        String form = page(browser, "/assessment/rounds/new");
        assertTrue(form.contains("name=\"_once\"") && form.contains("(第1版)"), form);
        Org county2 = org("表单县", OrgKind.COUNTY_GOV, null);
        org("表单镇", OrgKind.TOWNSHIP, county2);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(Http.fields("year", "2026", "systemId",
                String.valueOf(systemId), "orgId", String.valueOf(county2.id()), "selfDeadline", "2026-03-31",
                "reviewDeadline", "2026-03-01", "passScore", "60", "target", "50", "excellent", "70", "good", "80",
                "qualified", "60"));
        fields.put("_csrf", org.fazhi.web.support.Forms.csrf(form));
        Http.Res bad = browser.form("/assessment/rounds/new", fields);
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("不能早于自评截止日期") && bad.body().contains("优秀 ≥ 良好 ≥ 合格"), bad.body());
        assertEquals(0, admin.get("/api/assessment-rounds?orgId=" + county2.id()).json().size(), "nothing stored");
        fields.put("reviewDeadline", "2026-04-30");
        fields.put("excellent", "90");
        fields.put("_csrf", org.fazhi.web.support.Forms.csrf(page(browser, "/assessment/rounds/new")));
        Http.Res ok = browser.form("/assessment/rounds/new", fields);
        assertEquals(303, ok.status(), ok.body());
        assertEquals(1, admin.get("/api/assessment-rounds?orgId=" + county2.id()).json().size());
    }

    @Test
    void aUnitSeesOnlyItsOwnRowAndFeedback() {
        server.createUser("pageb", Role.VIEWER, b.id());
        Http unitB = server.login("pageb");
        String results = page(unitB, "/assessment/rounds/" + roundId + "/results");
        assertTrue(results.contains("页面&lt;二&gt;镇"));
        // The unit's dashboard card: its own standing first, then the round's counts said to be the round's.
        String dashboard = page(unitB, "/?year=2026");
        assertTrue(dashboard.contains("页面&lt;二&gt;镇:") && dashboard.contains("第 2 名,未达标(已提交)")
                && dashboard.contains("全轮参评 <span class=\"big\">2</span> 个单位"), dashboard);
        assertFalse(results.contains("页面一镇"), "another unit's row is not shown");
        String feedback = page(unitB, "/assessment/rounds/" + roundId + "/units/" + b.id() + "/feedback");
        assertTrue(feedback.contains("反馈报告") && feedback.contains("第2名") && feedback.contains("需重点改进的指标"), feedback);
        assertTrue(feedback.contains("@page") || feedback.contains("assessment.css"), "printable");
        assertEquals(403, unitB.get("/assessment/rounds/" + roundId + "/units/" + a.id() + "/feedback").status());
        String own = page(admin, "/assessment/rounds/" + roundId + "/units/" + a.id() + "/feedback");
        assertTrue(own.contains("第1名") && own.contains("各项指标均得满分"), own);
    }

    /**
     * "结果暂定" qualifies the round's figures, so it counts the round's unconfirmed units for every reader: a unit
     * whose own result is confirmed is told that another unit's is not (as a count, without naming it).
     */
    @Test
    void aUnitsViewerIsToldTheRoundsCountOfUnconfirmedUnits() {
        Org county3 = org("暂定县", OrgKind.COUNTY_GOV, null);
        Org done = org("暂定一镇", OrgKind.TOWNSHIP, county3);
        Org open = org("暂定二镇", OrgKind.TOWNSHIP, county3);
        long id = admin.post("/api/assessment-rounds", RoundApiTest.round(systemId, county3.id())).json().get("id").asLong();
        for (Org unit : new Org[] {done, open}) {
            assessment.answers().answers(Actor.SYSTEM, id, unit.id()).forEach(leaf -> assessment.answers().save(Actor.SYSTEM,
                    id, unit.id(), leaf.code(), leaf.points(), "已落实", null));
            assessment.answers().submit(Actor.SYSTEM, id, unit.id(), null);
        }
        assessment.review().confirm(Actor.SYSTEM, id, done.id(), null);
        server.createUser("pagedone", Role.VIEWER, done.id());
        Http viewer = server.login("pagedone");
        String results = page(viewer, "/assessment/rounds/" + id + "/results");
        assertTrue(results.contains("暂定一镇") && results.contains("结果暂定:本轮尚有 1 个单位的考核结果未确认"), results);
        assertFalse(results.contains("暂定二镇"), "the other unit is counted, not named");
        String dashboard = page(viewer, "/?year=2026");
        assertTrue(dashboard.contains("结果暂定:尚有 1 个单位的考核结果未确认"), dashboard);
        assertFalse(dashboard.contains("暂定二镇"), dashboard);
    }
}
