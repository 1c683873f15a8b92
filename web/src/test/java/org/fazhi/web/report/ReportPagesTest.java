package org.fazhi.web.report;

import static org.fazhi.web.report.ReportLedger.SENTENCES_2024;
import static org.fazhi.web.report.ReportLedger.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.fazhi.model.account.Role;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report's pages as a browser uses them: the printable page, the edit form with CSRF, errors, clashes,
 * publishing, and the dashboard's reminder. The server's clock stands on 20 March 2025, so "last year" is
 * the ledger's 2024; the reminder's test moves it across the dates its branches turn on and back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);

    private final TestClock clock = TestClock.on(TODAY);

    @AutoClose
    private final TestServer server = new TestServer(clock);
    private final ReportLedger ledger = new ReportLedger(server);
    private final Http browser = Forms.signedIn(server, TestServer.ADMIN);

    /** The page with the entities mustache writes in attributes ("=" as &#61;, a line end as &#10;, "&" as &amp;) decoded, as a browser reads them. */
    private String page(String path) {
        Http.Res r = browser.get(path);
        assertEquals(200, r.status(), path + ": " + r.body());
        return decoded(r.body());
    }

    private static String decoded(String html) {
        return html.replace("&#61;", "=").replace("&#10;", "\n").replace("&amp;", "&");
    }

    @Test
    void thePrintablePageHasTheTitleThePartsAndTheFigures() {
        String html = page("/reports/annual?" + query(ledger.county));
        assertTrue(html.contains("<h1 class=\"report-title\">清河县人民政府2024年度法治政府建设工作报告</h1>"), html);
        for (String s : SENTENCES_2024) {
            assertTrue(html.contains(s), "the sentence on the page: " + s);
        }
        assertTrue(html.indexOf("一、上一年度推进法治政府建设的主要举措和成效") < html.indexOf("五、其他需要报告的情况"));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/static/report.css\">"));
        assertTrue(html.contains("href=\"/reports/annual.docx?" + query(ledger.county) + "\""), "links the Word file");
        assertTrue(html.contains("href=\"/reports/annual/edit?" + query(ledger.county) + "\""), "links the edit view");
        assertTrue(html.contains("<a href=\"/reports/annual\" aria-current=\"page\">年度报告</a>"), "the nav entry is live");
        assertTrue(html.contains("<option value=\"2024\" selected>2024年度</option>"));
        assertTrue(html.contains("<option value=\"" + ledger.county.id() + "\" selected>"));
        assertFalse(html.contains("<script>") || html.contains("style=\""), "nothing inline under the CSP");
        assertTrue(html.contains("应于2025年4月1日前公开/报送"), "the deadline");

        String css = page("/static/report.css");
        for (String part : new String[] {"@media print", "size: A4 portrait", "\"仿宋_GB2312\", \"FangSong\", \"STFangsong\"",
                "\"宋体\", \"SimSun\", serif", "break-after: avoid", "counter(page)"}) {
            assertTrue(css.contains(part), part);
        }
        assertFalse(css.contains("@font-face") || css.contains("url("), "no web fonts");

        String defaults = page("/reports/annual");
        assertTrue(defaults.contains("<h1 class=\"report-title\">清河县人民政府2024年度法治政府建设工作报告</h1>"),
                "last year's report (by the server's clock, 2025) of the top unit by default");
        for (String s : SENTENCES_2024) {
            assertTrue(defaults.contains(s), "the default year is 2024 with its figures: " + s);
        }
    }

    @Test
    void editingKeepsTypedTextOnErrorsAndRefusesStaleVersions() {
        String q = query(ledger.finance);
        String form = page("/reports/annual/edit?" + q);
        String csrf = Forms.csrf(form);
        assertEquals("0", Forms.inputValue(form, "version"));
        assertTrue(form.contains("name=\"measures\"") && form.contains("name=\"other\""), "a box per part");
        assertTrue(form.contains("全年开展书面学法1次"), "the part's generated sentences beside its box");

        Http.Res saved = browser.form("/reports/annual/edit?" + q, Http.fields("_csrf", csrf, "version", "0",
                "measures", "  一是财政法治。\n二是依法理财。", "shortcomings", "", "duties", "", "plans", "", "other", ""));
        assertEquals(303, saved.status(), saved.body());
        assertTrue(saved.header("Location").endsWith("/reports/annual/edit?" + q + "&msg=saved"), saved.header("Location"));
        String after = page("/reports/annual/edit?" + q + "&msg=saved");
        assertTrue(after.contains("已保存。"));
        assertTrue(after.contains(">  一是财政法治。\n二是依法理财。</textarea>"), "the text as typed, indentation kept");
        assertEquals("1", Forms.inputValue(after, "version"));
        assertTrue(page("/reports/annual?" + q).contains("<p>一是财政法治。</p>"), "one paragraph a line on the page");

        Http.Res tooLong = browser.form("/reports/annual/edit?" + q, Http.fields("_csrf", csrf, "version", "1",
                "measures", "长".repeat(20_001), "shortcomings", "保留的不足", "duties", "", "plans", "", "other", ""));
        assertEquals(400, tooLong.status());
        assertTrue(decoded(tooLong.body()).contains("<span class=\"field-error\">“一、上一年度推进法治政府建设的主要举措和成效”不能超过20000字"),
                tooLong.body());
        assertTrue(decoded(tooLong.body()).contains(">保留的不足</textarea>"), "what was typed comes back");

        Http.Res stale = browser.form("/reports/annual/edit?" + q, Http.fields("_csrf", csrf, "version", "0",
                "measures", "我的版本", "shortcomings", "", "duties", "", "plans", "", "other", ""));
        assertEquals(409, stale.status());
        String clash = decoded(stale.body());
        assertTrue(clash.contains("该记录已被他人修改"), clash);
        assertTrue(clash.contains(">我的版本</textarea>"), "the typed text is kept");
        assertTrue(clash.contains("他人刚保存的内容") && clash.contains("<pre>  一是财政法治。\n二是依法理财。</pre>"), "the newer text beside it");
        assertEquals("1", Forms.inputValue(stale.body(), "version"), "a second save is a deliberate choice");
        assertTrue(page("/reports/annual/edit?" + q).contains(">  一是财政法治。\n二是依法理财。</textarea>"), "nothing overwritten");

        Http.Res noToken = browser.form("/reports/annual/edit?" + q, Http.fields("version", "1", "measures", "x"));
        assertEquals(403, noToken.status(), "a form needs its CSRF token");
    }

    @Test
    void publishingFromThePageAndWhatViewersSee() {
        String q = query(ledger.justice);
        String html = page("/reports/annual?" + q);
        assertTrue(html.contains("min=\"2025-01-01\" max=\"2025-03-20\""), "the dates a 2024 report may be published on");
        String thisYear = page("/reports/annual?year=2025&orgId=" + ledger.justice.id());
        assertTrue(thisYear.contains("2025年度结束后才能标记为已公开/已报送"), thisYear);
        assertFalse(thisYear.contains("/reports/annual/publish?"), "no publishing before the year is over");
        Http.Res tomorrow = browser.form("/reports/annual/publish?" + q, Http.fields("_csrf", Forms.csrf(html),
                "version", Forms.inputValue(html, "version"), "publishedOn", "2025-03-21"));
        assertEquals(400, tomorrow.status(), "published after the server's today (2025-03-20)");
        assertTrue(decoded(tomorrow.body()).contains("公开日期不能晚于今天(2025-03-20)"), tomorrow.body());
        Http.Res published = browser.form("/reports/annual/publish?" + q, Http.fields("_csrf", Forms.csrf(html),
                "version", Forms.inputValue(html, "version"), "publishedOn", "2025-02-27"));
        assertEquals(303, published.status(), published.body());
        String after = page("/reports/annual?" + q + "&msg=published");
        assertTrue(after.contains("已于 2025-02-27 公开/报送"), after);
        assertTrue(after.contains("2025年2月27日"), "signed with the publishing date");
        assertTrue(page("/reports/annual/edit?" + q).contains("<fieldset disabled>"), "no editing once published");

        Http.Res future = browser.form("/reports/annual/withdraw?" + q, Http.fields("_csrf", Forms.csrf(after),
                "version", "0"));
        assertEquals(409, future.status(), "a stale version is refused on the page too");
        Http.Res withdrawn = browser.form("/reports/annual/withdraw?" + q, Http.fields("_csrf", Forms.csrf(after),
                "version", Forms.inputValue(after, "version")));
        assertEquals(303, withdrawn.status(), withdrawn.body());
        assertTrue(page("/reports/annual?" + q).contains("草稿"));

        server.createUser("page-reader", Role.VIEWER, null);
        Http reader = Forms.signedIn(server, "page-reader");
        String view = reader.get("/reports/annual?" + q).body();
        assertFalse(view.contains("/reports/annual/edit") || view.contains("/reports/annual/publish"), "viewers read only");
        assertEquals(403, reader.get("/reports/annual/edit?" + q).status());
        server.createUser("finance-page", Role.ORGANISER, ledger.finance.id());
        assertEquals(403, Forms.signedIn(server, "finance-page").get("/reports/annual?" + query(ledger.county)).status());
    }

    /** The dashboard of {@code username} on {@code day}, signed in afresh (a move forward ends the sessions). */
    private String dashboardOn(LocalDate day, String username) {
        clock.set(day);
        return decoded(Forms.signedIn(server, username).get("/").body());
    }

    @Test
    void theDashboardRemindsOfLastYearsReportFromFebruaryAndCountsPastTheDeadline() {
        String about = "清河县人民政府2024年度法治政府建设年度报告";
        String link = "href=\"/reports/annual?year=2024&orgId=" + ledger.county.id() + "\"";
        try {
            String home = dashboardOn(TODAY, TestServer.ADMIN);
            assertFalse(home.contains("尚未建成的部分"), "the report is built");
            assertTrue(home.contains("<strong>" + about + "</strong>应于4月1日(2025-04-01)前公开/报送,还有 <strong>12</strong> 天"),
                    "before 1 April: due, with the days left; " + home);
            assertTrue(home.contains(link));
            assertFalse(home.contains("已逾期"));

            String january = dashboardOn(LocalDate.of(2025, 1, 31), TestServer.ADMIN);
            assertFalse(january.contains(about) || january.contains("年度报告提醒"), "no reminder before February");
            String february = dashboardOn(LocalDate.of(2025, 2, 1), TestServer.ADMIN);
            assertTrue(february.contains("还有 <strong>59</strong> 天"), "shown from 1 February");

            String lastDay = dashboardOn(LocalDate.of(2025, 4, 1), TestServer.ADMIN);
            assertTrue(lastDay.contains(about + "今天(2025-04-01)截止"), lastDay);

            String after = dashboardOn(LocalDate.of(2025, 4, 2), TestServer.ADMIN);
            assertTrue(after.contains("<strong>" + about + "已逾期 1 天</strong>"), "after 1 April: overdue; " + after);
            assertTrue(after.contains("class=\"report-reminder overdue\"") && after.contains(link));
            assertFalse(after.contains("还有 <strong>"));

            // A department reports to its government by 1 March: on the same 20 March it is already overdue.
            server.createUser("justice-reminder", Role.ORGANISER, ledger.justice.id());
            String justice = dashboardOn(TODAY, "justice-reminder");
            assertTrue(justice.contains("<strong>县司法局2024年度法治政府建设年度报告已逾期 19 天</strong>"), justice);
            assertFalse(justice.contains(about), "a scoped user is reminded of their own unit's report");
        } finally {
            clock.set(TODAY);
        }
    }

    @Test
    void aPublishedReportIsConfirmedUntilItsDeadlineThenTheReminderEnds() {
        server.createUser("justice-published", Role.ORGANISER, ledger.justice.id());
        String q = query(ledger.justice);
        String about = "县司法局2024年度法治政府建设年度报告";
        try {
            assertTrue(dashboardOn(LocalDate.of(2025, 2, 20), "justice-published")
                    .contains("<strong>" + about + "</strong>应于3月1日(2025-03-01)前公开/报送,还有 <strong>9</strong> 天"));
            Http clerk = Forms.signedIn(server, "justice-published");
            String html = decoded(clerk.get("/reports/annual?" + q).body());
            assertEquals(303, clerk.form("/reports/annual/publish?" + q, Http.fields("_csrf", Forms.csrf(html),
                    "version", Forms.inputValue(html, "version"), "publishedOn", "2025-02-18")).status());
            assertTrue(dashboardOn(LocalDate.of(2025, 2, 20), "justice-published")
                    .contains(about + "已于 2025-02-18 公开/报送"), "published before the deadline: confirmed");
            String past = dashboardOn(LocalDate.of(2025, 3, 2), "justice-published");
            assertFalse(past.contains(about), "published, and the deadline passed: nothing more to say");

            clerk = Forms.signedIn(server, "justice-published");
            String published = decoded(clerk.get("/reports/annual?" + q).body());
            assertEquals(303, clerk.form("/reports/annual/withdraw?" + q, Http.fields("_csrf", Forms.csrf(published),
                    "version", Forms.inputValue(published, "version"))).status());
            assertTrue(dashboardOn(LocalDate.of(2025, 3, 2), "justice-published").contains(about + "已逾期 1 天"),
                    "withdrawn after the deadline: overdue again");
        } finally {
            clock.set(TODAY);
        }
    }
}
