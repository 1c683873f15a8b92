package org.fazhi.web.report;

import static org.fazhi.web.report.ReportLedger.SENTENCES_2024;
import static org.fazhi.web.report.ReportLedger.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.fazhi.model.account.Role;
import org.fazhi.report.deadline.ReportReminder;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The report's pages as a browser uses them: the printable page, the edit form with CSRF, errors, clashes, publishing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTest {
    private TestServer server;
    private ReportLedger ledger;
    private Http browser;

    @BeforeAll
    void start() {
        server = new TestServer();
        ledger = new ReportLedger(server);
        browser = Forms.signedIn(server, TestServer.ADMIN);
    }

    @AfterAll
    void stop() {
        server.close();
    }

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
        assertTrue(defaults.contains("清河县人民政府" + (LocalDate.now().getYear() - 1) + "年度法治政府建设工作报告"),
                "last year's report of the top unit by default");
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

    @Test
    void theDashboardRemindsOfLastYearsReport() {
        String home = page("/");
        assertFalse(home.contains("尚未建成的部分"), "the report is built");
        LocalDate today = LocalDate.now();
        ReportReminder r = ReportReminder.of(ledger.county, today, null);
        String about = "清河县人民政府" + r.year() + "年度法治政府建设年度报告";
        if (!r.shown(today)) {
            assertFalse(home.contains(about), "no reminder before February");
        } else if (r.overdue()) {
            assertTrue(home.contains(about + "已逾期 " + (-r.daysLeft()) + " 天"), home);
        } else {
            assertTrue(home.contains(about), home);
        }
        if (r.shown(today)) {
            assertTrue(home.contains("href=\"/reports/annual?year=" + r.year() + "&orgId=" + ledger.county.id() + "\""));
        }
    }
}
