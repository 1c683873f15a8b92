package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Browser;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The pages as a person uses them: a real headless Chromium driven by Selenium against the real
 * server. One server and one browser for the class; every test signs in for itself, so the tests
 * do not depend on their order.
 */
class BrowserTest extends BrowserCase {
    private static final AtomicInteger SEQ = new AtomicInteger();

    // (a)
    @Test
    void aPageAskedForBeforeSigningInOpensAfterSigningInThroughTheForm() {
        browser.signOut();
        browser.open("/orgs");
        browser.waitFor("redirect to the login page", () -> browser.path().equals("/login"));
        assertEquals("登录 · 法治台账", driver.getTitle());
        assertEquals("/orgs", driver.findElement(By.name("next")).getDomProperty("value"),
                "the login form remembers the page that was asked for");

        driver.findElement(By.name("username")).sendKeys(TestServer.ADMIN);
        driver.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        browser.button("登录").click();

        browser.waitFor("back on /orgs", () -> browser.path().equals("/orgs"));
        assertTrue(h1().startsWith("单位"), h1());
        String who = driver.findElement(By.cssSelector(".who")).getText();
        assertTrue(who.contains(TestServer.ADMIN) && who.contains("管理员"), who);
        assertNotNull(driver.manage().getCookieNamed("FAZHI_SESSION"));
        browser.assertNoErrors();
    }

    // (b)
    @Test
    void aUnitCreatedThroughTheFormAppearsInTheTreeUnderItsParent() {
        Org county = org("浏览器县人民政府" + SEQ.incrementAndGet(), OrgKind.COUNTY_GOV, null);
        String name = "浏览器县司法局" + SEQ.incrementAndGet();
        browser.signIn(TestServer.ADMIN);
        browser.open("/orgs");
        driver.findElement(By.xpath("//a[normalize-space()='新建单位']")).click();
        browser.waitFor("the new unit form", () -> browser.path().equals("/orgs/new"));

        driver.findElement(By.name("name")).sendKeys(name);
        browser.choose("kind", "DEPARTMENT");
        browser.choose("parentId", String.valueOf(county.id()));
        browser.button("保存").click();

        browser.waitFor("the tree after saving", () -> browser.path().equals("/orgs") && driver.getPageSource().contains(name));
        assertEquals("已新建。", driver.findElement(By.cssSelector(".notice.ok")).getText());
        WebElement parentRow = row(county.name());
        WebElement childRow = row(name);
        assertEquals("政府工作部门", childRow.findElements(By.tagName("td")).get(1).getText());
        assertEquals(depth(parentRow) + 1, depth(childRow), "the new unit is indented under its parent");
        assertTrue(indent(childRow) > indent(parentRow), "the indentation shows (app.css is loaded despite the CSP)");
        List<WebElement> rows = driver.findElements(By.cssSelector("table.tree tbody tr"));
        assertTrue(rows.indexOf(childRow) > rows.indexOf(parentRow), "the new unit is listed below its parent");
        assertTrue(server.services().orgs().visible(Actor.SYSTEM).stream()
                .anyMatch(o -> o.name().equals(name) && county.id().equals(o.parentId()) && o.kind() == OrgKind.DEPARTMENT));
    }

    // (c)
    @Test
    void anEmptyNameIsRefusedBesideTheFieldAndTheOtherChoicesAreKept() {
        Org county = org("浏览器空名县" + SEQ.incrementAndGet(), OrgKind.COUNTY_GOV, null);
        browser.signIn(TestServer.ADMIN);
        browser.open("/orgs/new");
        int before = server.services().orgs().visible(Actor.SYSTEM).size();

        WebElement name = driver.findElement(By.name("name"));
        assertEquals("true", name.getDomProperty("required"), "the browser itself asks for a name first");
        browser.choose("kind", "TOWNSHIP");
        browser.choose("parentId", String.valueOf(county.id()));
        // Let the empty name reach the server, as an old browser or a script would send it.
        ((JavascriptExecutor) driver).executeScript("document.querySelector('input[name=name]').removeAttribute('required')");
        browser.button("保存").click();

        browser.waitFor("the form again with its error", () -> !driver.findElements(By.cssSelector(".field-error")).isEmpty());
        WebElement error = driver.findElement(By.xpath("//input[@name='name']/following-sibling::span[@class='field-error']"));
        assertEquals("单位名称不能为空", error.getText());
        assertEquals("rgba(161, 29, 29, 1)", error.getCssValue("color"), "the message is shown in red");
        assertEquals("true", driver.findElement(By.name("name")).getDomAttribute("aria-invalid"));
        assertEquals(1, driver.findElements(By.cssSelector(".field-error")).size(), "only the name is at fault");
        assertEquals("TOWNSHIP", driver.findElement(By.name("kind")).getDomProperty("value"), "the chosen kind is kept");
        assertEquals(String.valueOf(county.id()), driver.findElement(By.name("parentId")).getDomProperty("value"),
                "the chosen parent is kept");
        assertEquals("新建单位 · 法治台账", driver.getTitle());
        assertEquals(before, server.services().orgs().visible(Actor.SYSTEM).size(), "nothing was created");
    }

    // (d)
    @Test
    void deletingAUnitAsksFirstAndOnlyThenRemovesIt() {
        Org county = org("浏览器删除县" + SEQ.incrementAndGet(), OrgKind.COUNTY_GOV, null);
        Org doomed = org("待删除科室" + SEQ.incrementAndGet(), OrgKind.UNIT, county.id());
        browser.signIn(TestServer.ADMIN);
        browser.open("/orgs");

        deleteButton(doomed.name()).click();
        Alert ask = browser.dialog();
        assertTrue(ask.getText().contains(doomed.name()) && ask.getText().contains("不可撤销"), ask.getText());
        ask.dismiss();
        assertEquals("/orgs", browser.path());
        assertTrue(exists(doomed.id()), "cancelling the dialog keeps the unit");
        assertFalse(driver.findElements(By.xpath(rowXpath(doomed.name()))).isEmpty());

        deleteButton(doomed.name()).click();
        browser.dialog().accept();
        browser.waitFor("the tree after deleting", () -> !driver.findElements(By.cssSelector(".notice.ok")).isEmpty());
        assertEquals("已删除。", driver.findElement(By.cssSelector(".notice.ok")).getText());
        assertTrue(driver.findElements(By.xpath(rowXpath(doomed.name()))).isEmpty(), "the unit is gone from the tree");
        assertFalse(driver.findElements(By.xpath(rowXpath(county.name()))).isEmpty(), "its parent stays");
        assertFalse(exists(doomed.id()));
    }

    // (e)
    @Test
    void signingOutEndsTheSession() {
        browser.signIn(TestServer.ADMIN);
        browser.open("/");
        String token = driver.manage().getCookieNamed("FAZHI_SESSION").getValue();
        driver.findElement(By.xpath("//header//button[normalize-space()='退出']")).click();

        browser.waitFor("the login page after signing out", () -> browser.path().equals("/login"));
        assertNull(driver.manage().getCookieNamed("FAZHI_SESSION"), "the session cookie is removed");
        browser.open("/orgs");
        browser.waitFor("the login page again", () -> browser.path().equals("/login"));

        // Someone who kept a copy of the cookie gets nothing either: the session is closed on the server.
        Http kept = server.anonymous();
        HttpCookie c = new HttpCookie("FAZHI_SESSION", token);
        c.setPath("/");
        kept.cookies().getCookieStore().add(URI.create(server.baseUrl()), c);
        Http.Res r = kept.get("/orgs");
        assertEquals(303, r.status());
        assertTrue(r.header("Location").startsWith("/login"), r.header("Location"));
    }

    // ---- helpers ----

    private static Org org(String name, OrgKind kind, Long parentId) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parentId));
    }

    private static boolean exists(long id) {
        return server.services().orgs().visible(Actor.SYSTEM).stream().anyMatch(o -> o.id() == id);
    }

    private static String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private static String rowXpath(String orgName) {
        return "//table[contains(@class,'tree')]//tr[td/a[normalize-space()='" + orgName + "']]";
    }

    private static WebElement row(String orgName) {
        return driver.findElement(By.xpath(rowXpath(orgName)));
    }

    private static WebElement deleteButton(String orgName) {
        return row(orgName).findElement(By.xpath(".//button[normalize-space()='删除']"));
    }

    private static int depth(WebElement row) {
        String cls = row.findElement(By.tagName("td")).getDomAttribute("class");
        return Integer.parseInt(cls.replaceAll("\\D", ""));
    }

    private static double indent(WebElement row) {
        return Double.parseDouble(row.findElement(By.tagName("td")).getCssValue("padding-left").replace("px", ""));
    }
}
