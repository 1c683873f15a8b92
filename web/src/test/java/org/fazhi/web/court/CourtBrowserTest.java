package org.fazhi.web.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The court pages in a real headless Chromium: the hearing form shows the half that applies (head or
 * absence reason) as 是/否 is chosen, the saved hearing's warning appears on the case's page, and the
 * 通报's print button comes alive; no CSP violation or missing file along the way.
 */
class CourtBrowserTest extends BrowserCase {
    private static Org unit;
    private static long caseId;

    @BeforeAll
    static void start() throws IOException {
        CourtClient client = new CourtClient(server);
        Org county = client.org("浏览器出庭县人民政府", OrgKind.COUNTY_GOV, null);
        unit = client.org("浏览器县司法局", OrgKind.DEPARTMENT, county);
        Http admin = server.login(TestServer.ADMIN);
        caseId = admin.post("/api/court-cases", Map.of("caseNo", "(2024)浏览器1号", "court", "清河县人民法院",
                "instance", "FIRST", "defendantOrgId", unit.id())).json().get("id").asLong();
    }

    @Test
    void theHearingFormShowsTheHalfThatAppliesAndTheWarningFollowsTheSave() {
        browser.signIn(TestServer.ADMIN);
        browser.open("/court-cases/" + caseId);
        WebElement head = driver.findElement(By.cssSelector("fieldset[data-court-when='true']"));
        WebElement absence = driver.findElement(By.cssSelector("fieldset[data-court-when='false']"));
        browser.waitFor("the head's half shown", () -> head.isDisplayed() && !absence.isDisplayed());
        driver.findElement(By.cssSelector("input[name='headAppeared'][value='false']")).click();
        browser.waitFor("the absence half shown", () -> !head.isDisplayed() && absence.isDisplayed());
        driver.findElement(By.name("absenceReason")).findElement(By.cssSelector("option[value='NONE']")).click();
        driver.findElement(By.name("entrustedStaff")).sendKeys("李科长");
        driver.findElement(By.xpath("//button[normalize-space()='保存开庭记录']")).click();
        browser.waitFor("the case's page after the save", () -> driver.getCurrentUrl().contains("msg=hearing-added"));
        String notice = driver.findElement(By.cssSelector(".notice.warn")).getText();
        assertTrue(notice.contains("负责人无正当理由未出庭"), notice);
        assertTrue(driver.findElement(By.cssSelector("table.hearings tbody")).getText().contains("李科长"));
        assertEquals("/court-cases/" + caseId, URI.create(driver.getCurrentUrl()).getPath());
        browser.assertNoErrors();
    }

    @Test
    void theBulletinHasAWorkingPrintButton() {
        browser.signIn(TestServer.ADMIN);
        browser.open("/court-cases/bulletin?year=2024&month=3&orgId=" + unit.id());
        WebElement print = driver.findElement(By.cssSelector("button.print-button"));
        browser.waitFor("the print button shown by its script", print::isDisplayed);
        assertTrue(driver.findElement(By.cssSelector("h1.bulletin-title")).getText()
                .contains("行政机关负责人出庭应诉情况通报(2024年3月)"));
        browser.assertNoErrors();
    }
}
