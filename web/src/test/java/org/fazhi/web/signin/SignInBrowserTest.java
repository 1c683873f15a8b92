package org.fazhi.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.web.support.Browser;
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
 * QR sign-in in real Chromium: the organiser opens it from the session's page and sees the code; a phone
 * (a second, signed-out browser at 390×844) opens the code's address, finds a name with the search box and
 * signs in; the organiser's list shows the name without a reload; 结束签到 closes it for the phone too.
 */
class SignInBrowserTest extends BrowserCase {
    private static long session;

    @BeforeAll
    static void start() {
        Http api = server.login(TestServer.ADMIN);
        long org = api.post("/api/orgs", Map.of("name", "清河县司法局", "kind", "DEPARTMENT")).json().get("id").asLong();
        for (String name : List.of("李明", "王芳", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴刚")) {
            assertEquals(201, api.post("/api/people", Map.of("orgId", org, "name", name, "category", "STAFF")).status());
        }
        Map<String, Object> s = new HashMap<>(Map.of("orgId", org, "date", LocalDate.now(server.clock()).toString(),
                "kind", "COLLECTIVE", "topic", "学习行政复议法", "expected", 10, "attended", 0));
        session = api.post("/api/study-sessions", s).json().get("id").asLong();
    }

    @Test
    void aPhoneSignsInAndTheOrganisersListShowsTheName() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(TestServer.ADMIN);
        browser.open("/study-sessions/" + session);
        driver.findElement(By.id("signin-button")).click();
        browser.waitFor("the sign-in page", () -> browser.path().endsWith("/sign-in"));
        WebElement minutes = driver.findElement(By.name("minutes"));
        minutes.clear();
        minutes.sendKeys("20");
        browser.button("开始签到").click();
        browser.waitFor("the QR code", () -> !driver.findElements(By.cssSelector("svg.qr")).isEmpty());
        String url = driver.findElement(By.id("signin-url")).getText();
        // The page was opened as 127.0.0.1, so the code holds a LAN address a phone could use, and says so; the
        // test's phone reaches the same server on this machine's loopback at the address's path.
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("手机无法访问这个地址"));
        String phonePath = URI.create(url).getPath();
        assertTrue(phonePath.matches("/s/[A-Za-z0-9_-]{43}"), url);

        try (Browser phone = Browser.on(server, WAIT)) {
            phone.driver.manage().window().setSize(new Dimension(390, 844));
            phone.open(phonePath);
            assertEquals(390L, ((Number) phone.driver.executeScript("return window.innerWidth")).longValue());
            long wide = ((Number) phone.driver.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertTrue(wide <= 390, "the phone page is " + wide + " px wide at a 390 px screen");
            assertTrue(phone.driver.findElement(By.tagName("h1")).getText().contains("学习行政复议法"));

            phone.driver.findElement(By.id("people-search")).sendKeys("王");
            List<WebElement> shown = phone.driver.findElements(By.cssSelector("#people-pick li")).stream()
                    .filter(WebElement::isDisplayed).toList();
            assertEquals(List.of("王芳"), shown.stream().map(WebElement::getText).map(String::strip).toList());
            shown.get(0).findElement(By.tagName("label")).click();
            Files.write(Path.of(System.getProperty("java.io.tmpdir"), "fazhi-phone-sign-in.png"),
                    phone.driver.getScreenshotAs(OutputType.BYTES));
            phone.button("签到").click();
            phone.waitFor("签到成功", () -> !phone.driver.findElements(By.id("signin-result")).isEmpty());
            assertEquals("签到成功", phone.driver.findElement(By.id("signin-result")).getText());

            // The organiser's page fills in by itself (polling), no reload.
            browser.waitFor("王芳 in the organiser's list", () ->
                    driver.findElement(By.id("signin-arrivals")).getText().contains("王芳"));
            assertEquals("1", driver.findElement(By.id("signin-count")).getText());
            Files.write(Path.of(System.getProperty("java.io.tmpdir"), "fazhi-organiser-sign-in.png"),
                    driver.getScreenshotAs(OutputType.BYTES));

            phone.open(phonePath);
            phone.driver.findElement(By.name("guestName")).sendKeys("县人大代表刘");
            phone.button("以列席人员签到").click();
            phone.waitFor("签到成功", () -> !phone.driver.findElements(By.id("signin-result")).isEmpty());
            browser.waitFor("the guest in the organiser's list", () ->
                    driver.findElement(By.id("signin-arrivals")).getText().contains("县人大代表刘"));
            assertEquals("1", driver.findElement(By.id("signin-guests")).getText());

            browser.button("结束签到").click();
            browser.dialog().accept();
            browser.waitFor("签到已结束", () -> driver.findElement(By.tagName("main")).getText().contains("签到已结束"));
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("实到 1 人"));

            phone.open(phonePath);
            assertEquals("签到已结束", phone.driver.findElement(By.id("signin-closed")).getText());
            assertFalse(phone.driver.getPageSource().contains("王芳"));
            phone.assertNoErrors();
        }
        browser.assertNoErrors();
    }
}
