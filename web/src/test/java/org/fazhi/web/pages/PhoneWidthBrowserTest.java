package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The pages at a phone's width (390 px) in real Chromium: the menu folds behind one button, nothing is
 * wider than the screen, and lists read as cards whose lines name their column. On a desktop a long topic
 * wraps instead of squeezing the other columns to one character.
 */
class PhoneWidthBrowserTest extends BrowserCase {
    private static final String LONG_TOPIC = "学习贯彻《中华人民共和国行政复议法》修订内容暨行政复议体制改革与规范性文件备案审查工作专题讲座及案例研讨会".repeat(2);
    private static final List<String> PAGES = List.of("/", "/orgs", "/people", "/study-sessions", "/study-sessions/new",
            "/study-sessions/compliance", "/tests", "/duties", "/duties/items", "/court-cases", "/court-cases/new",
            "/rectifications", "/reconsiderations", "/reconsiderations/new", "/reconsiderations/stats", "/questions",
            "/questions/new", "/questions/import", "/reports/annual",
            "/users", "/audit", "/settings/backup");

    @BeforeAll
    static void start() {
        Http api = server.login(TestServer.ADMIN);
        long org = api.post("/api/orgs", Map.of("name", "清河县人民政府", "kind", "COUNTY_GOV")).json().get("id").asLong();
        long dept = api.post("/api/orgs", Map.of("name", "清河县自然资源和规划局(林业局)", "kind", "DEPARTMENT",
                "parentId", org)).json().get("id").asLong();
        Map<String, Object> s = new HashMap<>(Map.of("orgId", dept, "date", "2024-05-20", "kind", "COLLECTIVE",
                "topic", LONG_TOPIC, "laws", List.of("中华人民共和国行政复议法"), "lecturer", "张律师",
                "minutes", 90, "expected", 20, "attended", 18));
        assertEquals(201, api.post("/api/study-sessions", s).status());
        assertEquals(201, api.post("/api/questions", Map.of("type", "CASE", "stem", LONG_TOPIC, "answer", LONG_TOPIC,
                "points", 10, "laws", List.of("中华人民共和国行政复议法", "中华人民共和国行政诉讼法"))).status());
    }

    @Test
    void atAPhonesWidthEveryPageFitsAndTheMenuFoldsBehindOneButton() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        browser.signIn(TestServer.ADMIN);
        assertEquals(390L, ((Number) driver.executeScript("return window.innerWidth")).longValue(), "a 390 px viewport");
        for (String page : PAGES) {
            driver.get(server.baseUrl() + page);
            long wide = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertTrue(wide <= 390, page + " is " + wide + " px wide at a 390 px screen");
            WebElement nav = driver.findElement(By.id("main-nav"));
            WebElement toggle = driver.findElement(By.className("menu-toggle"));
            assertTrue(toggle.isDisplayed() && !nav.isDisplayed(), page + ": the menu is folded behind 菜单");
            toggle.click();
            assertTrue(nav.isDisplayed(), page + ": 菜单 opens the menu");
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            assertTrue(nav.findElement(By.linkText("学法台账")).isDisplayed());
        }
        driver.get(server.baseUrl() + "/study-sessions");
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "fazhi-phone-study-sessions.png"),
                driver.getScreenshotAs(OutputType.BYTES));
        WebElement topic = driver.findElement(By.xpath("//main//table/tbody/tr[1]/td[.//text()[contains(., '行政复议法》修订')]]"));
        assertEquals("block", topic.getCssValue("display"), "a list row is a card of lines");
        assertTrue(topic.getAttribute("data-label").length() > 0, "each line names its column");
        assertTrue(driver.findElement(By.cssSelector("main table thead")).getCssValue("display").equals("none"));
    }

    /**
     * The pages whose content is wider than its words: 报送's PEM key (64-character lines), a batch page with its
     * fast-entry table (its screen-reader-only 移除 heading), and the 行政复议 statistics with their chart, drawn
     * at 711 px by the server, scaled to the screen.
     */
    @Test
    void atAPhonesWidthTheKeyTheEntryTableAndTheChartFit() {
        Http api = server.login(TestServer.ADMIN);
        long org = api.post("/api/orgs", Map.of("name", "复议县人民政府", "kind", "COUNTY_GOV")).json().get("id").asLong();
        long batch = api.post("/api/test-batches", Map.of("orgId", org, "date", "2024-03-10", "track", "NON_NPC",
                "paper", "A")).json().get("id").asLong();
        for (String decision : List.of("REVOKED", "UPHELD", "UPHELD")) {
            Map<String, Object> c = new HashMap<>(Map.of("caseNo", "复议县政复决字〔2024〕" + decision.length() + "-"
                    + System.nanoTime() + "号", "applicant", "张某某", "applicantType", "CITIZEN", "respondentOrgId", org,
                    "category", "PENALTY", "receivedOn", "2024-03-01", "acceptedOn", "2024-03-04", "procedure", "NORMAL",
                    "decidedOn", "2024-05-20", "decision", decision));
            assertEquals(201, api.post("/api/reconsiderations", c).status());
        }
        driver.manage().window().setSize(new Dimension(390, 844));
        browser.signIn(TestServer.ADMIN);
        browser.open("/packages");
        assertTrue(driver.findElement(By.cssSelector("pre.pem")).getText().contains("BEGIN PUBLIC KEY"));
        assertFits("/packages");
        browser.open("/tests/" + batch);
        browser.waitFor("the fast entry", () -> driver.findElement(By.id("fast-entry")).isDisplayed());
        assertFits("/tests/" + batch);
        browser.open("/reconsiderations/stats?year=2024");
        WebElement chart = driver.findElement(By.cssSelector("svg.chart"));
        double drawn = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().width", chart)).doubleValue();
        assertTrue(drawn > 0 && drawn <= 390, "the chart is scaled to the screen: " + drawn + " px");
        assertFits("/reconsiderations/stats");
        browser.assertNoErrors();
    }

    private static void assertFits(String page) {
        long wide = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(wide <= 390, page + " is " + wide + " px wide at a 390 px screen");
    }

    @Test
    void onADesktopALongTopicWrapsAndNoColumnIsSqueezed() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(TestServer.ADMIN);
        driver.get(server.baseUrl() + "/study-sessions");
        long wide = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        long screen = ((Number) driver.executeScript("return window.innerWidth")).longValue();
        assertTrue(wide <= screen, "the list fits: " + wide + " of " + screen);
        for (WebElement th : driver.findElements(By.cssSelector("main table thead th"))) {
            String text = th.getText().strip();
            if (text.isEmpty()) {
                continue;
            }
            double width = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().width", th)).doubleValue();
            double words = ((Number) driver.executeScript("var r = document.createRange(); r.selectNodeContents(arguments[0]);"
                    + " return r.getBoundingClientRect().width", th)).doubleValue();
            double lines = ((Number) driver.executeScript("var r = document.createRange(); r.selectNodeContents(arguments[0]);"
                    + " return r.getClientRects().length", th)).doubleValue();
            assertTrue(width >= words && lines == 1, "column 「" + text + "」 squeezed to " + width + " px for "
                    + words + " px of heading in " + lines + " lines");
        }
        assertEquals("table-cell", driver.findElement(By.cssSelector("main table tbody td")).getCssValue("display"),
                "cards only on a phone");
    }
}
