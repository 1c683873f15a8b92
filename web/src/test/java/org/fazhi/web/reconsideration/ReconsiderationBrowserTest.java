package org.fazhi.web.reconsideration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The 行政复议 pages in real headless Chromium: a case registered through the form (a double click on 保存 and Back
 * then 保存 again store it once), a wrong step named at its field with what was typed kept, the decision recorded
 * later, and the statistics page with its chart; no CSP violation or missing file along the way.
 */
class ReconsiderationBrowserTest extends BrowserCase {
    private static long unit;

    @BeforeAll
    static void start() {
        Http api = server.login(TestServer.ADMIN);
        long county = api.post("/api/orgs", Map.of("name", "复议县人民政府", "kind", "COUNTY_GOV")).json().get("id").asLong();
        unit = api.post("/api/orgs", Map.of("name", "复议县市场监督管理局", "kind", "DEPARTMENT", "parentId", county)).json()
                .get("id").asLong();
    }

    @Test
    void aCaseIsRegisteredOnceThenDecidedAndCountedInTheStatistics() {
        browser.signIn(TestServer.ADMIN);
        browser.open("/reconsiderations/new");
        driver.findElement(By.name("caseNo")).sendKeys("复议浏览器〔2024〕1号");
        driver.findElement(By.name("applicant")).sendKeys("张某某");
        browser.choose("respondentOrgId", String.valueOf(unit));
        browser.choose("category", "PENALTY");
        date("receivedOn", "2024-03-01");
        date("acceptedOn", "2024-03-04");
        WebElement save = driver.findElement(By.xpath("//button[normalize-space()='保存']"));
        new Actions(driver).doubleClick(save).perform();
        browser.waitFor("the list", () -> driver.getCurrentUrl().contains("/reconsiderations?"));
        String after = driver.getCurrentUrl();
        driver.navigate().back();
        browser.waitFor("the form again", () -> driver.getCurrentUrl().endsWith("/reconsiderations/new"));
        if (driver.findElement(By.name("caseNo")).getAttribute("value").isEmpty()) {
            // a browser that did not keep what was typed
            driver.findElement(By.name("caseNo")).sendKeys("复议浏览器〔2024〕1号");
            driver.findElement(By.name("applicant")).sendKeys("张某某");
            browser.choose("respondentOrgId", String.valueOf(unit));
            browser.choose("category", "PENALTY");
            date("receivedOn", "2024-03-01");
        }
        driver.findElement(By.xpath("//button[normalize-space()='保存']")).click();
        browser.waitFor("answered", () -> !driver.getCurrentUrl().endsWith("/reconsiderations/new"));
        assertEquals(after, driver.getCurrentUrl(), "Back and 保存 again lands where the first save did");
        Http api = server.login(TestServer.ADMIN);
        assertEquals("1", api.get("/api/reconsiderations?orgId=" + unit).header("X-Total-Count"), "stored once");

        long id = api.get("/api/reconsiderations?orgId=" + unit).json().get(0).get("id").asLong();
        browser.open("/reconsiderations/" + id + "/edit");
        assertTrue(driver.findElement(By.cssSelector("main")).getText().contains("决定期限 2024-05-03"),
                driver.findElement(By.cssSelector("main")).getText());
        date("decidedOn", "2024-03-02");
        browser.choose("decision", "REVOKED");
        driver.findElement(By.xpath("//button[normalize-space()='保存']")).click();
        browser.waitFor("the form again with its error", () -> !driver.findElements(By.cssSelector(".field-error")).isEmpty());
        assertEquals("决定日期不能早于受理日期(2024-03-04)", driver.findElement(By.cssSelector(".field-error")).getText());
        assertEquals("2024-03-02", driver.findElement(By.name("decidedOn")).getAttribute("value"), "what was typed stays");
        date("decidedOn", "2024-04-28");
        browser.choose("decision", "REVOKED");
        driver.findElement(By.xpath("//button[normalize-space()='保存']")).click();
        browser.waitFor("the list", () -> driver.getCurrentUrl().contains("msg=saved"));
        assertTrue(driver.findElement(By.cssSelector("table.reconsiderations")).getText().contains("撤销"));

        browser.open("/reconsiderations/stats?year=2024");
        assertTrue(driver.findElement(By.cssSelector(".sentence")).getText()
                .startsWith("2024年收到行政复议申请1件,受理1件(受理率100.0%),审结1件,按期结案率100.0%,直接纠错率100.0%"));
        assertTrue(driver.findElement(By.cssSelector("#reconsideration-decisions-figure svg")).isDisplayed(), "the chart is drawn");
        // The refused save answered 400 with the form again, as it should; nothing else went wrong.
        browser.assertNoErrorsBut("/reconsiderations/" + id + " - Failed to load resource: the server responded with a status of 400");
    }

    /** Types a date into a date field as the browser takes it (the field's own format). */
    private static void date(String name, String iso) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.name(name)), iso);
    }
}
