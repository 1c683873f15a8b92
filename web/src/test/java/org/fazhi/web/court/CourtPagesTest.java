package org.fazhi.web.court;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The 出庭应诉 pages over plain HTTP with cookies, as a browser without scripts sends them: the list with
 * its filters, summary and export links; registering a case and its hearings through the forms, with the
 * late-notice warning after the save; field errors that keep what was typed; CSRF; scope and roles.
 */
class CourtPagesTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @AutoClose
    private static final TestServer server = new TestServer();
    private static final Http admin = server.login(TestServer.ADMIN);
    private static final Http browser = Forms.signedIn(server, TestServer.ADMIN);
    private static final CourtClient client = new CourtClient(server);
    private static final Org county = client.org("页面县人民政府", OrgKind.COUNTY_GOV, null);

    private static Org unit(String name) {
        return client.org(name + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county);
    }

    private static Http.Res page(Http who, String path) {
        Http.Res r = who.get(path);
        assertEquals(200, r.status(), path + "\n" + r.body());
        return r;
    }

    /** A page's HTML with the escapes of links undone ({@code &#61;} is how mustache writes "="), as a browser reads them. */
    private static String links(String html) {
        return html.replace("&#61;", "=").replace("&amp;", "&");
    }

    private static long idFrom(String location) {
        Matcher m = Pattern.compile("/court-cases/(\\d+)").matcher(location);
        assertTrue(m.find(), location);
        return Long.parseLong(m.group(1));
    }

    /** Registers a case through the form and returns its id. */
    private static long registerCase(String caseNo, Org unit) {
        String csrf = Forms.csrf(page(browser, "/court-cases/new?orgId=" + unit.id()).body());
        Http.Res r = browser.form("/court-cases", fields("_csrf", csrf, "caseNo", caseNo, "instance", "FIRST",
                "defendantOrgId", String.valueOf(unit.id()), "court", "页面县人民法院", "cause", "行政许可",
                "adminField", "", "coDefendants", "", "filedOn", "2024-01-10", "outcome", "PENDING", "version", ""));
        assertEquals(303, r.status(), r.body());
        assertTrue(r.header("Location").endsWith("?msg=created"), r.header("Location"));
        return idFrom(r.header("Location"));
    }

    @Test
    void theListFiltersByUnitAndYearWithTheRatesOnTopAndLinksToItsExports() {
        Org unit = unit("县市场监管局");
        Org other = unit("县卫健委");
        client.imported(admin, new CourtClient.Sheet()
                .appeared("(2024)页1号", "一审", unit.name(), "2024-03-01", "正职(主要负责人)")
                .absent("(2024)页2号", "一审", unit.name(), "2024-04-01", "无正当理由")
                .appeared("(2023)页3号", "一审", unit.name(), "2023-05-01", "副职")
                .appeared("(2024)页4号", "一审", other.name(), "2024-03-01", "副职").csv());
        String body = page(browser, "/court-cases?orgId=" + unit.id() + "&year=2024").body();
        assertTrue(body.contains("(2024)页1号") && body.contains("(2024)页2号"), body);
        assertFalse(body.contains("(2023)页3号"), "another year");
        assertFalse(body.contains("(2024)页4号"), "another unit");
        assertTrue(body.contains("2024年出庭率") && body.contains("data-figure=\"rate\">50.0%<"), body);
        assertTrue(links(body).contains("/api/court-cases/export?format=xlsx&orgId=" + unit.id() + "&year=2024"), body);
        assertTrue(links(body).contains("/api/court-cases/export?format=csv&orgId=" + unit.id() + "&year=2024"), body);
        assertTrue(body.contains("<option value=\"2024\" selected>"), "the chosen year stays chosen");
        assertTrue(body.contains("已出庭") && body.contains("未出庭"), body);
        String searched = page(browser, "/court-cases?orgId=" + unit.id() + "&q=" + URLEncoder.encode("页2", StandardCharsets.UTF_8)).body();
        assertTrue(searched.contains("(2024)页2号") && !searched.contains("(2024)页1号"), searched);
        assertEquals(400, browser.get("/court-cases?year=abc").status());
    }

    @Test
    void aCaseAndItsHearingsAreEnteredThroughTheFormsWithTheLateNoticeWarnedAfterTheSave() {
        Org unit = unit("县交通运输局");
        long id = registerCase("(2024)页面登记1号", unit);
        String detail = page(browser, "/court-cases/" + id + "?msg=created").body();
        assertTrue(detail.contains("案件已登记") && detail.contains("(2024)页面登记1号") && detail.contains(unit.name()), detail);
        assertTrue(detail.contains("<option value=\"PRINCIPAL\"") && !detail.contains("value=\"STAFF\""),
                "工作人员 is not offered as a head category");
        assertTrue(detail.contains(">需履行他人不能代替的公务</option>") && detail.contains("value=\"NONE\""), "the legal list of reasons");

        Http.Res saved = browser.form("/court-cases/" + id + "/hearings", fields("_csrf", Forms.csrf(detail),
                "date", "2024-03-10", "notified", "2024-03-08", "headAppeared", "true", "headName", "赵局长",
                "headPosition", "局长", "headCategory", "PRINCIPAL", "spoke", "true", "absenceReason", "",
                "entrustedStaff", "", "version", ""));
        assertEquals(303, saved.status(), saved.body());
        String next = saved.header("Location");
        assertTrue(next.contains("msg=hearing-added&hearing="), next);
        String after = page(browser, next.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "")).body();
        assertTrue(after.contains("开庭记录已保存") && after.contains("请注意") && after.contains("开庭前2日送达,少于法定的3日"), after);
        assertTrue(after.contains("赵局长"), after);
        assertTrue(page(browser, "/court-cases/" + id).body().contains("已出庭"));
        String later = page(browser, "/court-cases/" + id).body();
        assertFalse(later.contains("以上提示不影响保存"), "the warning is announced once, after the save");
        assertTrue(later.contains("开庭前2日送达"), "and stays beside its hearing");
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndNamesTheField() {
        Org unit = unit("县统计局");
        long id = registerCase("(2024)页面错误1号", unit);
        String csrf = Forms.csrf(page(browser, "/court-cases/" + id).body());
        Http.Res forged = browser.form("/court-cases/" + id + "/hearings", fields("_csrf", csrf, "date", "2024-03-10",
                "headAppeared", "true", "headName", "钱科员", "headCategory", "STAFF"));
        assertEquals(400, forged.status());
        assertTrue(forged.body().contains("工作人员不是行政机关负责人"), forged.body());
        assertTrue(forged.body().contains("value=\"钱科员\""), "what was typed stays");
        Http.Res noReason = browser.form("/court-cases/" + id + "/hearings", fields("_csrf", csrf, "date", "2024-03-10",
                "headAppeared", "false", "absenceReason", ""));
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("须选择未出庭理由"), noReason.body());
        assertEquals(0, admin.get("/api/court-cases/" + id + "/hearings").json().size());

        Http.Res badCase = browser.form("/court-cases", fields("_csrf", csrf, "caseNo", "", "instance", "FIRST",
                "defendantOrgId", String.valueOf(unit.id()), "court", "某某法院", "filedOn", "2024-13-01"));
        assertEquals(400, badCase.status());
        assertTrue(badCase.body().contains("案号不能为空") && badCase.body().contains("value=\"某某法院\""), badCase.body());
        assertTrue(badCase.body().contains("立案日期“2024-13-01”不存在:2024年没有13月"), badCase.body());
    }

    @Test
    void aHearingIsCorrectedAndDeletedAndTheCaseToo() {
        Org unit = unit("县医保局");
        long id = registerCase("(2024)页面修改1号", unit);
        long hid = admin.post("/api/court-cases/" + id + "/hearings", Map.of("date", "2024-05-01",
                "headAppeared", true, "headName", "孙局长", "headCategory", "DEPUTY")).json().get("id").asLong();
        String edit = page(browser, "/court-cases/" + id + "/hearings/" + hid + "/edit").body();
        assertTrue(edit.contains("value=\"孙局长\"") && edit.contains("<option value=\"DEPUTY\" selected>"), edit);
        Http.Res saved = browser.form("/court-cases/" + id + "/hearings/" + hid, fields("_csrf", Forms.csrf(edit),
                "date", "2024-05-01", "headAppeared", "false", "headName", "孙局长", "absenceReason", "NONE",
                "entrustedStaff", "周科长", "version", Forms.inputValue(edit, "version")));
        assertEquals(303, saved.status(), saved.body());
        String after = page(browser, saved.header("Location").replaceFirst("#.*$", "")).body();
        assertTrue(after.contains("开庭记录已修改") && after.contains("负责人无正当理由未出庭") && after.contains("周科长"), after);
        Http.Res stale = browser.form("/court-cases/" + id + "/hearings/" + hid, fields("_csrf", Forms.csrf(edit),
                "date", "2024-05-02", "headAppeared", "false", "absenceReason", "NONE", "version", "0"));
        assertEquals(409, stale.status(), "a form opened before the last save");
        assertEquals(404, browser.get("/court-cases/" + (id + 1000) + "/hearings/" + hid + "/edit").status());

        Http.Res deleted = browser.form("/court-cases/" + id + "/hearings/" + hid + "/delete", fields("_csrf", Forms.csrf(edit)));
        assertEquals(303, deleted.status());
        assertEquals(0, admin.get("/api/court-cases/" + id + "/hearings").json().size());
        Http.Res gone = browser.form("/court-cases/" + id + "/delete", fields("_csrf", Forms.csrf(edit)));
        assertEquals(303, gone.status());
        assertEquals(404, admin.get("/api/court-cases/" + id).status());
    }

    @Test
    void formsWithoutTheTokenAreRefused() {
        Org unit = unit("县人社局");
        long id = registerCase("(2024)页面令牌1号", unit);
        Http.Res r = browser.form("/court-cases/" + id + "/hearings", fields("date", "2024-03-10", "headAppeared", "true",
                "headName", "赵局长", "headCategory", "PRINCIPAL"));
        assertEquals(403, r.status());
        assertEquals(403, browser.form("/court-cases/" + id + "/delete", fields()).status());
        assertEquals(403, browser.form("/court-cases/ranking/settings", fields("denominator", "HEARINGS", "flagThreshold", "50")).status());
        assertEquals(0, admin.get("/api/court-cases/" + id + "/hearings").json().size());
        assertEquals(200, admin.get("/api/court-cases/" + id).status());
        assertEquals("HEARD", admin.get("/api/settings/court").json().get("denominator").asText());
    }

    @Test
    void theRankingShowsRanksAndThe约谈ListAndAdminsChangeTheSettings() {
        Org sub = client.org("排名镇人民政府" + SEQ.incrementAndGet(), OrgKind.TOWNSHIP, county);
        Org good = client.org("好局" + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, sub);
        client.imported(admin, new CourtClient.Sheet()
                .appeared("(2022)排1号", "一审", good.name(), "2022-03-01", "副职")
                .absent("(2022)排2号", "一审", sub.name(), "2022-03-02", "无正当理由")
                .absent("(2022)排3号", "一审", sub.name(), "2022-03-03", "无正当理由").csv());
        String body = page(browser, "/court-cases/ranking?year=2022&orgId=" + sub.id()).body();
        assertTrue(body.contains(good.name()) && body.contains("100.0%"), body);
        assertTrue(body.contains("负责人无正当理由未出庭2次") && body.contains("出庭率0.0%,低于80.0%"), body);
        assertTrue(links(body).contains("/api/court-appearance/export?format=xlsx&year=2022&orgId=" + sub.id()), body);
        assertTrue(body.contains("id=\"court-settings\""), "admins see the settings");
        assertTrue(page(browser, "/court-cases/ranking?year=2022&quarter=1&orgId=" + sub.id()).body().contains("2022年第1季度"));

        String csrf = Forms.csrf(body);
        Http.Res bad = browser.form("/court-cases/ranking/settings", fields("_csrf", csrf, "denominator", "HEARINGS",
                "flagThreshold", "abc", "year", "2022", "orgId", String.valueOf(sub.id())));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("约谈线应为0到100之间的数") && bad.body().contains("value=\"abc\""), bad.body());
        try {
            Http.Res ok = browser.form("/court-cases/ranking/settings", fields("_csrf", csrf, "denominator", "HEARD",
                    "flagThreshold", "40", "year", "2022", "orgId", String.valueOf(sub.id())));
            assertEquals(303, ok.status(), ok.body());
            assertTrue(ok.header("Location").contains("/court-cases/ranking?year=2022&orgId=" + sub.id() + "&msg=settings"),
                    ok.header("Location"));
            String now = page(browser, ok.header("Location").replaceFirst("^https?://[^/]+", "")).body();
            assertTrue(now.contains("设置已保存") && now.contains("出庭率0.0%,低于40.0%"), now);
        } finally {
            admin.put("/api/settings/court", Map.of("denominator", "HEARD", "flagThreshold", 80));
        }

        String name = "court-page-organiser" + SEQ.incrementAndGet();
        server.createUser(name, Role.ORGANISER, null);
        Http organiser = Forms.signedIn(server, name);
        String theirs = page(organiser, "/court-cases/ranking?year=2022").body();
        assertFalse(theirs.contains("id=\"court-settings\""), "only admins see the settings");
        assertEquals(403, organiser.form("/court-cases/ranking/settings", fields("_csrf", Forms.csrf(theirs),
                "denominator", "HEARINGS", "flagThreshold", "50")).status());
    }

    /** A unit that missed many hearings: the page lists five and points to the rest; the 通报 lists them all. */
    @Test
    void theRankingListsFiveMissedHearingsOfAUnitAndCountsTheRest() {
        Org sub = client.org("缺席镇人民政府" + SEQ.incrementAndGet(), OrgKind.TOWNSHIP, county);
        CourtClient.Sheet sheet = new CourtClient.Sheet();
        for (int i = 1; i <= 7; i++) {
            sheet.absent("(2021)缺" + i + "号", "一审", sub.name(), "2021-03-0" + i, "无正当理由");
        }
        client.imported(admin, sheet.csv());
        String body = page(browser, "/court-cases/ranking?year=2021&orgId=" + sub.id()).body();
        assertEquals(6, body.split("class=\"absence-note").length - 1, "five hearings and the line that counts the rest");
        assertTrue(body.contains("另有 2 次,见通报或<a href=\"/court-cases?orgId=" + sub.id() + "&amp;year=2021\">"), body);
        String bulletin = page(browser, "/court-cases/bulletin?year=2021&month=3&orgId=" + sub.id()).body();
        for (int i = 1; i <= 7; i++) {
            assertTrue(bulletin.contains("(2021)缺" + i + "号"), "the 通报 lists every one: " + i);
        }
    }

    @Test
    void theMonthlyBulletinPrintsTheFiguresTheRankingAndWhoIsToBe约谈d() {
        Org town = client.org("通报" + SEQ.incrementAndGet() + "镇人民政府", OrgKind.TOWNSHIP, county);
        Org dept = client.org("通报局" + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, town);
        client.imported(admin, new CourtClient.Sheet()
                .appeared("(2025)通1号", "一审", dept.name(), "2025-10-08", "正职(主要负责人)")
                .appeared("(2025)通2号", "一审", dept.name(), "2025-10-09", "副职")
                .absent("(2025)通3号", "一审", town.name(), "2025-10-10", "无正当理由")
                .appeared("(2025)通4号", "一审", dept.name(), "2025-11-10", "副职").csv());
        String body = page(browser, "/court-cases/bulletin?year=2025&month=10&orgId=" + town.id()).body();
        String place = town.name().replace("人民政府", "");
        assertTrue(body.contains("<h1 class=\"bulletin-title\">" + place + "行政机关负责人出庭应诉情况通报(2025年10月)</h1>"), body);
        assertTrue(body.contains("data-figure=\"heard\">3<") && body.contains("data-figure=\"appeared\">2<")
                && body.contains("data-figure=\"rate\">66.7%<"), "October only: " + body);
        assertTrue(body.contains("正职出庭率33.3%"), body);
        assertTrue(body.contains(dept.name()) && body.contains("<strong>" + town.name() + "</strong>:出庭率0.0%,低于80.0%"), body);
        assertTrue(body.contains("5个工作日内报送整改方案"), body);
        assertTrue(body.contains("<p>" + town.name() + "</p>"), "signed by the unit by default");
        assertTrue(body.contains("/static/print.js") && body.contains("class=\"print-button"), body);
        assertTrue(body.contains("/static/court.css"), body);
        assertFalse(body.matches("(?s).*<script>.*"), "no inline scripts (the CSP forbids them)");
        String signed = page(browser, "/court-cases/bulletin?year=2025&month=10&orgId=" + town.id()
                + "&issuer=" + URLEncoder.encode("全面依法治县委员会办公室<b>", StandardCharsets.UTF_8)).body();
        assertTrue(signed.contains("<p>全面依法治县委员会办公室&lt;b&gt;</p>"), "the issuer is printed, escaped");
        assertEquals(400, browser.get("/court-cases/bulletin?year=2025&month=13").status());
    }

    @Test
    void theImportPageWorksWithoutScriptsAndOnlyForWriters() throws Exception {
        Org unit = unit("县气象局");
        String page = page(browser, "/court-cases/import").body();
        assertTrue(page.contains("/api/court-cases/import-template?format=xlsx") && page.contains("/static/import.js"), page);
        String token = Forms.csrf(page);
        byte[] good = new CourtClient.Sheet().appeared("(2024)页导1号", "一审", unit.name(), "2024-03-01", "副职").csv()
                .getBytes(StandardCharsets.UTF_8);
        Http.Res posted = browser.multipart("/court-cases/import?_csrf=" + token, "b0und",
                CourtClient.multipart("b0und", "名单.csv", "text/csv", good));
        assertEquals(303, posted.status(), posted.body());
        assertTrue(posted.header("Location").endsWith("/court-cases/import?imported=1"));
        assertTrue(page(browser, "/court-cases/import?imported=1").body().contains("已导入 1 条出庭应诉记录"));

        byte[] bad = new CourtClient.Sheet().appeared("(2024)页导2号", "四审", unit.name(), "2024-03-01", "副职").csv()
                .getBytes(StandardCharsets.UTF_8);
        Http.Res refused = browser.multipart("/court-cases/import?_csrf=" + token, "b0und",
                CourtClient.multipart("b0und", "bad.csv", "text/csv", bad));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("<td class=\"num\">2</td><td>审级</td>"), refused.body());

        String name = "court-page-viewer" + SEQ.incrementAndGet();
        server.createUser(name, Role.VIEWER, null);
        assertEquals(403, Forms.signedIn(server, name).get("/court-cases/import").status());
    }

    @Test
    void aScopedUserSeesOnlyItsOwnUnitsCases() {
        Org own = unit("县档案局");
        Org other = unit("县信访局");
        long theirs = registerCase("(2024)页面范围1号", other);
        String name = "court-page-scoped" + SEQ.incrementAndGet();
        server.createUser(name, Role.ORGANISER, own.id());
        Http scoped = Forms.signedIn(server, name);
        assertEquals(403, scoped.get("/court-cases/" + theirs).status());
        assertEquals(403, scoped.get("/court-cases/" + theirs + "/edit").status());
        assertFalse(page(scoped, "/court-cases").body().contains("(2024)页面范围1号"));
        String list = page(scoped, "/court-cases").body();
        assertEquals(403, scoped.form("/court-cases/" + theirs + "/delete", fields("_csrf", Forms.csrf(list))).status());
        assertEquals(200, admin.get("/api/court-cases/" + theirs).status());
    }
}
