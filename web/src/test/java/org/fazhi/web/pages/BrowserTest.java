package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.Chromium;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The pages as a person uses them: a real headless Chromium driven by Selenium against the real
 * server. One server and one browser for the class; every test signs in for itself, so the tests
 * do not depend on their order.
 */
class BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private static TestServer server;
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
        profile = Files.createTempDirectory("fazhi-chrome");
        driver = Chromium.start(profile);
    }

    @AfterAll
    static void stop() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            Chromium.deleteQuietly(profile);
        }
    }

    // (a)
    @Test
    void aPageAskedForBeforeSigningInOpensAfterSigningInThroughTheForm() {
        signOutByForgettingCookies();
        open("/orgs");
        waitFor("redirect to the login page", () -> path().equals("/login"));
        assertEquals("登录 · 法治台账", driver.getTitle());
        assertEquals("/orgs", driver.findElement(By.name("next")).getDomProperty("value"),
                "the login form remembers the page that was asked for");

        driver.findElement(By.name("username")).sendKeys(TestServer.ADMIN);
        driver.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        button("登录").click();

        waitFor("back on /orgs", () -> path().equals("/orgs"));
        assertTrue(h1().startsWith("单位"), h1());
        String who = driver.findElement(By.cssSelector(".who")).getText();
        assertTrue(who.contains(TestServer.ADMIN) && who.contains("管理员"), who);
        assertNotNull(driver.manage().getCookieNamed("FAZHI_SESSION"));
        List<LogEntry> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertTrue(problems.isEmpty(), "the browser reported no errors (CSP violations, missing files): " + problems);
    }

    // (b)
    @Test
    void aUnitCreatedThroughTheFormAppearsInTheTreeUnderItsParent() {
        Org county = org("浏览器县人民政府" + SEQ.incrementAndGet(), OrgKind.COUNTY_GOV, null);
        String name = "浏览器县司法局" + SEQ.incrementAndGet();
        signIn();
        open("/orgs");
        driver.findElement(By.xpath("//a[normalize-space()='新建单位']")).click();
        waitFor("the new unit form", () -> path().equals("/orgs/new"));

        driver.findElement(By.name("name")).sendKeys(name);
        choose("kind", "DEPARTMENT");
        choose("parentId", String.valueOf(county.id()));
        button("保存").click();

        waitFor("the tree after saving", () -> path().equals("/orgs") && driver.getPageSource().contains(name));
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
        signIn();
        open("/orgs/new");
        int before = server.services().orgs().visible(Actor.SYSTEM).size();

        WebElement name = driver.findElement(By.name("name"));
        assertEquals("true", name.getDomProperty("required"), "the browser itself asks for a name first");
        choose("kind", "TOWNSHIP");
        choose("parentId", String.valueOf(county.id()));
        // Let the empty name reach the server, as an old browser or a script would send it.
        ((JavascriptExecutor) driver).executeScript("document.querySelector('input[name=name]').removeAttribute('required')");
        button("保存").click();

        waitFor("the form again with its error", () -> !driver.findElements(By.cssSelector(".field-error")).isEmpty());
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
        signIn();
        open("/orgs");

        deleteButton(doomed.name()).click();
        Alert ask = waitForAlert();
        assertTrue(ask.getText().contains(doomed.name()) && ask.getText().contains("不可撤销"), ask.getText());
        ask.dismiss();
        assertEquals("/orgs", path());
        assertTrue(exists(doomed.id()), "cancelling the dialog keeps the unit");
        assertFalse(driver.findElements(By.xpath(rowXpath(doomed.name()))).isEmpty());

        deleteButton(doomed.name()).click();
        waitForAlert().accept();
        waitFor("the tree after deleting", () -> !driver.findElements(By.cssSelector(".notice.ok")).isEmpty());
        assertEquals("已删除。", driver.findElement(By.cssSelector(".notice.ok")).getText());
        assertTrue(driver.findElements(By.xpath(rowXpath(doomed.name()))).isEmpty(), "the unit is gone from the tree");
        assertFalse(driver.findElements(By.xpath(rowXpath(county.name()))).isEmpty(), "its parent stays");
        assertFalse(exists(doomed.id()));
    }

    // (e)
    @Test
    void signingOutEndsTheSession() {
        signIn();
        open("/");
        String token = driver.manage().getCookieNamed("FAZHI_SESSION").getValue();
        driver.findElement(By.xpath("//header//button[normalize-space()='退出']")).click();

        waitFor("the login page after signing out", () -> path().equals("/login"));
        assertNull(driver.manage().getCookieNamed("FAZHI_SESSION"), "the session cookie is removed");
        open("/orgs");
        waitFor("the login page again", () -> path().equals("/login"));

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

    private static void open(String path) {
        driver.get(server.baseUrl() + path);
    }

    private static String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private static String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private static WebElement button(String label) {
        return driver.findElement(By.xpath("//main//button[normalize-space()='" + label + "']"));
    }

    /** Picks an option of a select box by its value, as a click in the drop-down does. */
    private static void choose(String select, String value) {
        driver.findElement(By.name(select)).findElement(By.cssSelector("option[value='" + value + "']")).click();
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

    private static void signOutByForgettingCookies() {
        open("/static/favicon.svg");
        driver.manage().deleteAllCookies();
    }

    /** Signs in as the admin through the login form. */
    private static void signIn() {
        signOutByForgettingCookies();
        open("/login");
        driver.findElement(By.name("username")).sendKeys(TestServer.ADMIN);
        driver.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        button("登录").click();
        waitFor("signed in", () -> driver.manage().getCookieNamed("FAZHI_SESSION") != null && !path().equals("/login"));
    }

    private static Alert waitForAlert() {
        long end = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                return driver.switchTo().alert();
            } catch (NoAlertPresentException e) {
                if (System.nanoTime() > end) {
                    fail("no confirmation dialog appeared on " + driver.getCurrentUrl());
                }
                pause();
            }
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        Chromium.waitFor(driver, WAIT, what, condition);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
