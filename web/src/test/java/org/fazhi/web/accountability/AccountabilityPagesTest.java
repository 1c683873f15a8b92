package org.fazhi.web.accountability;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.lawreport.LawReport;
import org.fazhi.duty.lawreport.ReportWay;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationStatus;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The 整改 and 述法 pages over plain HTTP with cookies, as a browser posts their forms: an item recorded
 * through the form and taken to 销号, refusals shown beside the field with what was typed, overdue rows
 * marked, CSRF, roles and scope. One server for the class; each test makes its own units.
 */
class AccountabilityPagesTest {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Pattern LOCATION_ID = Pattern.compile("/rectifications/(\\d+)\\?msg=created");

    // Pinned mid-year: the items found a month ago and due in a month all fall in this year.
    private static final TestClock CLOCK = TestClock.on(2025, 6, 16);
    @AutoClose
    private static final TestServer server = new TestServer(CLOCK);
    private static final DutyTracking duty = server.server().duty();
    private static final LocalDate today = CLOCK.today();

    private static Org org(String name, OrgKind kind, Org parent) {
        return server.org(name + SEQ.incrementAndGet(), kind, parent);
    }

    private static Person person(Org org, String name, LeaderCategory category) {
        return server.person(org, name, "局长", category);
    }

    private static Rectification item(Org org, String problem, LocalDate found, LocalDate deadline) {
        return duty.rectifications().create(Actor.SYSTEM, Rectification.draft(org.id(), problem, "督察", found, deadline,
                null, null));
    }

    private static Http signedIn(Role role, Org scope) {
        String name = role.code() + SEQ.incrementAndGet();
        server.createUser(name, role, scope == null ? null : scope.id());
        return Forms.signedIn(server, name);
    }

    /** The visible text of a page, without tags. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    @Test
    void anItemRecordedThroughTheFormIsTakenTo销号AndListedAsClosed() {
        Org unit = org("流程局", OrgKind.DEPARTMENT, null);
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        Http.Res form = admin.get("/rectifications/new?orgId=" + unit.id());
        assertEquals(200, form.status());
        String csrf = Forms.csrf(form.body());
        String problem = "执法公示信息未及时更新" + SEQ.incrementAndGet();
        Http.Res created = admin.form("/rectifications", fields("_csrf", csrf, "orgId", String.valueOf(unit.id()),
                "problem", problem, "source", "2024年法治督察", "foundOn", today.minusDays(5).toString(),
                "deadline", today.plusDays(25).toString(), "responsible", "李科长", "measures", ""));
        assertEquals(303, created.status(), created.body());
        Matcher m = LOCATION_ID.matcher(created.header("Location"));
        assertTrue(m.find(), created.header("Location"));
        String path = "/rectifications/" + m.group(1);

        String page = admin.get(path + "?msg=created").body();
        assertTrue(text(page).contains("已新建"), "the confirmation");
        assertTrue(page.contains(problem) && page.contains("待整改"));
        assertTrue(page.contains("formaction=\"" + path + "/start\""), "offers to start");
        assertFalse(page.contains("formaction=\"" + path + "/close\""), "not yet 销号");

        assertEquals(303, admin.form(path + "/start", fields("_csrf", csrf, "version", Forms.inputValue(page, "version"),
                "comment", "已制定整改方案")).status());
        page = admin.get(path).body();
        Http.Res noMeasures = admin.form(path + "/rectified", fields("_csrf", csrf, "version", Forms.inputValue(page, "version"),
                "measures", "", "comment", "整改完毕"));
        assertEquals(400, noMeasures.status());
        assertTrue(noMeasures.body().contains("请填写整改措施后再标记为已整改"), "the refusal is beside the field");
        assertEquals("整改完毕", textarea(noMeasures.body(), "comment"), "what was typed stays");
        assertEquals(303, admin.form(path + "/rectified", fields("_csrf", csrf, "version", Forms.inputValue(page, "version"),
                "measures", "更新公示平台信息并建立月检制度", "comment", "")).status());

        page = admin.get(path).body();
        assertTrue(page.contains("已整改待销号") && page.contains("formaction=\"" + path + "/close\""), "now 销号 is offered");
        Http.Res noNote = admin.form(path + "/close", fields("_csrf", csrf, "version", Forms.inputValue(page, "version"), "comment", ""));
        assertEquals(400, noNote.status());
        assertTrue(noNote.body().contains("请填写销号说明"), "the closing note is asked for in the comment field");
        assertEquals(303, admin.form(path + "/close", fields("_csrf", csrf, "version", Forms.inputValue(page, "version"),
                "comment", "经现场核查整改到位")).status());

        page = admin.get(path + "?msg=close").body();
        String shown = text(page);
        assertTrue(shown.contains("已销号。") && shown.contains("经现场核查整改到位") && shown.contains(today.toString()), shown);
        assertTrue(shown.contains("开始整改") && shown.contains("整改完成") && shown.contains("销号"), "the trail");
        assertFalse(page.contains("formaction="), "a 销号'd item has no further steps");

        String list = admin.get("/rectifications?year=" + today.minusDays(5).getYear() + "&status=CLOSED&orgId=" + unit.id()).body();
        String row = rowOf(list, problem);
        assertTrue(row.contains("已销号"), row);
        assertTrue(text(list).contains("共 1 项"), "listed as closed");
        assertTrue(decoded(list).contains("href=\"/api/rectifications/export?format=xlsx&orgId=" + unit.id() + "&year="),
                "the export keeps the filters");
        assertEquals(RectificationStatus.CLOSED, duty.rectifications().find(Actor.SYSTEM, Long.parseLong(m.group(1))).status());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        Org unit = org("令牌局", OrgKind.DEPARTMENT, null);
        Rectification r = item(unit, "令牌测试问题", today.minusDays(5), today.plusDays(5));
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        admin.get("/rectifications/" + r.id());
        assertEquals(403, admin.form("/rectifications/" + r.id() + "/start", fields("version", "0")).status());
        assertEquals(403, admin.form("/rectifications/" + r.id() + "/start", fields("_csrf", "forged", "version", "0")).status());
        assertEquals(RectificationStatus.OPEN, duty.rectifications().find(Actor.SYSTEM, r.id()).status(), "nothing moved");
        assertEquals(403, admin.form("/rectifications", fields("orgId", String.valueOf(unit.id()), "problem", "无令牌",
                "foundOn", "2024-05-01", "deadline", "2024-06-01")).status());
        assertEquals(403, admin.form("/duties/law-reports", fields("personId", "1", "year", "2024")).status());
        assertFalse(admin.get("/rectifications?year=2024&q=" + java.net.URLEncoder.encode("无令牌", java.nio.charset.StandardCharsets.UTF_8))
                .body().contains("无令牌</a>"), "nothing created");
    }

    @Test
    void aRefusedFormComesBackWithTheErrorBesideTheFieldAndWhatWasTyped() {
        Org unit = org("表单局", OrgKind.DEPARTMENT, null);
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String csrf = Forms.csrf(admin.get("/rectifications/new").body());
        Http.Res r = admin.form("/rectifications", fields("_csrf", csrf, "orgId", String.valueOf(unit.id()),
                "problem", "期限早于发现日期的问题", "foundOn", "2024-05-01", "deadline", "2024-04-01"));
        assertEquals(400, r.status());
        assertTrue(r.body().contains("整改期限不能早于发现日期 2024-05-01"), "the message");
        assertTrue(r.body().matches("(?s).*name=\"deadline\" value=\"2024-04-01\"[^>]*aria-invalid=\"true\".*"), "marked, with what was typed");
        assertEquals("期限早于发现日期的问题", textarea(r.body(), "problem"));
    }

    @Test
    void overdueItemsAreMarkedInTheListAndCountedOnTop() {
        Org unit = org("逾期局", OrgKind.DEPARTMENT, null);
        LocalDate yesterday = today.minusDays(1);
        item(unit, "逾期未改的问题", today.minusDays(30), yesterday);
        item(unit, "尚未到期的问题", today.minusDays(30), today.plusDays(10));
        Http viewer = signedIn(Role.VIEWER, unit);
        // Both belong to the year the late one fell due in (found or due in the year).
        String page = viewer.get("/rectifications?orgId=" + unit.id() + "&year=" + yesterday.getYear()).body();
        String late = rowOf(page, "逾期未改的问题");
        String onTime = rowOf(page, "尚未到期的问题");
        assertTrue(late.contains("class=\"overdue\"") && late.contains("已逾期"), late);
        assertFalse(onTime.contains("overdue") || onTime.contains("已逾期"), onTime);
        String shown = text(page);
        assertTrue(shown.contains("整改事项 2") && shown.contains("已逾期 1"), "the figures on top: " + shown);
        assertFalse(page.contains("登记整改事项</a>"), "a viewer is not offered the form");
        assertEquals(403, viewer.get("/rectifications/new").status());
    }

    @Test
    void aScopedUserCannotOpenAnotherUnitsItem() {
        Org county = org("范围县", OrgKind.COUNTY_GOV, null);
        Org justice = org("司法局", OrgKind.DEPARTMENT, county);
        Org finance = org("财政局", OrgKind.DEPARTMENT, county);
        Rectification other = item(finance, "财政局的问题", today.minusDays(5), today.plusDays(5));
        Http organiser = signedIn(Role.ORGANISER, justice);
        assertEquals(403, organiser.get("/rectifications/" + other.id()).status());
        assertEquals(403, organiser.get("/rectifications/" + other.id() + "/edit").status());
        String csrf = Forms.csrf(organiser.get("/rectifications").body());
        assertEquals(403, organiser.form("/rectifications/" + other.id() + "/start", fields("_csrf", csrf)).status());
        assertFalse(organiser.get("/rectifications").body().contains("财政局的问题"));
        assertEquals(404, organiser.get("/rectifications/999999").status());
    }

    @Test
    void aLawReportIsRecordedForAHeadThroughTheFormAndListed() {
        Org county = org("述法县", OrgKind.COUNTY_GOV, null);
        Org justice = org("司法局", OrgKind.DEPARTMENT, county);
        Person li = person(justice, "李明" + SEQ.incrementAndGet(), LeaderCategory.PRINCIPAL);
        Person clerk = person(justice, "王芳" + SEQ.incrementAndGet(), LeaderCategory.STAFF);
        Org other = org("外县", OrgKind.COUNTY_GOV, null);
        Person stranger = person(other, "外县局长" + SEQ.incrementAndGet(), LeaderCategory.PRINCIPAL);
        Http organiser = signedIn(Role.ORGANISER, county);

        String form = organiser.get("/duties/law-reports/new").body();
        assertTrue(form.contains(li.name()), "heads are offered");
        assertFalse(form.contains(clerk.name()), "staff are not");
        assertFalse(form.contains(stranger.name()), "nor heads outside the scope");
        String csrf = Forms.csrf(form);
        int year = 2024;
        Http.Res saved = organiser.form("/duties/law-reports", fields("_csrf", csrf, "personId", String.valueOf(li.id()),
                "year", String.valueOf(year), "way", "COMMITTEE", "reportedOn", "2025-01-12", "rating", "GOOD",
                "score", "88.5", "note", "在县委全面依法治县委员会会议上述法"));
        assertEquals(303, saved.status(), saved.body());
        String list = organiser.get("/duties/law-reports?year=" + year + "&orgId=" + county.id()).body();
        String row = rowOf(list, li.name());
        for (String cell : List.of("委员会会议述法", "2025-01-12", "良好", "88.5", justice.name())) {
            assertTrue(row.contains(cell), cell + " in " + row);
        }
        assertTrue(text(list).contains("2024年度主要负责人应述法1人,已述法1人(100.0%)"), text(list));
        assertTrue(decoded(list).contains("href=\"/api/law-reports/export?format=csv&orgId=" + county.id() + "&year=2024\""),
                "the export keeps the filters");

        Http.Res again = organiser.form("/duties/law-reports", fields("_csrf", csrf, "personId", String.valueOf(li.id()),
                "year", String.valueOf(year), "way", "WRITTEN", "reportedOn", "2024-12-30"));
        assertEquals(409, again.status());
        assertTrue(again.body().contains("2024年度的述法已经登记过"));
        Http.Res staff = organiser.form("/duties/law-reports", fields("_csrf", csrf, "personId", String.valueOf(clerk.id()),
                "year", String.valueOf(year), "way", "WRITTEN", "reportedOn", "2024-12-30"));
        assertEquals(400, staff.status());
        assertTrue(staff.body().contains("不是负责人"), "staff give no 述法");
        Http.Res badScore = organiser.form("/duties/law-reports", fields("_csrf", csrf, "personId", String.valueOf(li.id()),
                "year", "2025", "way", "WRITTEN", "reportedOn", "2025-12-30", "score", "abc", "note", "待评议"));
        assertEquals(400, badScore.status());
        assertTrue(badScore.body().contains("得分应为数字"), "the score is marked");
        assertEquals("待评议", textarea(badScore.body(), "note"), "and what was typed stays");

        LawReport stored = duty.lawReports().list(Actor.SYSTEM, new org.fazhi.duty.lawreport.LawReportFilter(null, year, li.id()),
                org.fazhi.model.Page.FIRST).items().get(0);
        String edit = organiser.get("/duties/law-reports/" + stored.id() + "/edit").body();
        assertEquals("0", Forms.inputValue(edit, "version"));
        assertEquals(303, organiser.form("/duties/law-reports/" + stored.id(), fields("_csrf", csrf, "version", "0",
                "personId", String.valueOf(li.id()), "year", "2024", "way", "ON_SITE", "reportedOn", "2024-12-31",
                "rating", "EXCELLENT", "score", "95", "note", "")).status());
        assertEquals(ReportWay.ON_SITE, duty.lawReports().find(Actor.SYSTEM, stored.id()).way());
        Http.Res stale = organiser.form("/duties/law-reports/" + stored.id(), fields("_csrf", csrf, "version", "0",
                "personId", String.valueOf(li.id()), "year", "2024", "way", "WRITTEN", "reportedOn", "2024-12-31"));
        assertEquals(409, stale.status(), "an edit on an old version is refused");
        assertEquals(303, organiser.form("/duties/law-reports/" + stored.id() + "/delete", fields("_csrf", csrf)).status());
        assertFalse(organiser.get("/duties/law-reports?year=2024&orgId=" + county.id()).body().contains(li.name() + "</td>"));
    }

    @Test
    void aNewLawReportIsForLastYearUntilTheEndOfMarchThenForThisYear() {
        Org county = org("述法日期县", OrgKind.COUNTY_GOV, null);
        try {
            CLOCK.set(2025, 3, 31);
            String march = signedIn(Role.ORGANISER, county).get("/duties/law-reports/new").body();
            assertTrue(march.contains("<option value=\"2024\" selected>"), "a year-end report given early in the next year");
            assertEquals("2025-03-31", Forms.inputValue(march, "reportedOn"), "dated today");
            assertTrue(march.contains("<option value=\"2026\" >") && !march.contains("value=\"2027\""),
                    "the years offered end at next year");

            CLOCK.set(2025, 4, 1);
            String april = signedIn(Role.ORGANISER, county).get("/duties/law-reports/new").body();
            assertTrue(april.contains("<option value=\"2025\" selected>"), "from April: this year's report");
            assertEquals("2025-04-01", Forms.inputValue(april, "reportedOn"));
            String list = signedIn(Role.VIEWER, county).get("/duties/law-reports").body();
            assertTrue(list.contains("<option value=\"2025\" selected>"), "the list shows this year by default");
        } finally {
            CLOCK.set(today);
        }
    }

    /** The page's markup with the entities a browser decodes in attributes (mustache escapes = and &). */
    private static String decoded(String html) {
        return html.replace("&#61;", "=").replace("&amp;", "&");
    }

    private static String rowOf(String html, String needle) {
        int at = html.indexOf(needle);
        assertTrue(at >= 0, needle + " not on the page");
        int start = html.lastIndexOf("<tr", at);
        int end = html.indexOf("</tr>", at);
        return html.substring(start, end);
    }

    private static String textarea(String html, String name) {
        Matcher m = Pattern.compile("<textarea name=\"" + name + "\"[^>]*>([^<]*)</textarea>").matcher(html);
        assertTrue(m.find(), "no textarea " + name);
        return m.group(1);
    }
}
