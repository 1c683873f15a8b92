package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.fazhi.web.support.Browser;
import org.fazhi.web.support.Chromium;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A clerk's desk in real Chromium: a delete from a filtered list (with its confirmation dialog) comes back
 * to that filtered list; a session entered twice asks "可能重复,仍要保存?" and is saved once 仍要保存 is ticked.
 */
class DeskBrowserTest {
    private static final Duration WAIT = Browser.WAIT;
    private static TestServer server;
    private static Browser browser;
    private static ChromeDriver driver;
    private static Http api;

    @BeforeAll
    static void start() {
        server = new TestServer();
        browser = Browser.on(server);
        driver = browser.driver;
        api = server.login(TestServer.ADMIN);
        browser.signIn(TestServer.ADMIN);
    }

    @AfterAll
    static void stop() {
        try (TestServer s = server; Browser b = browser) {
            // both closed, the browser first
        }
    }

    private static long org(String name) {
        return api.post("/api/orgs", Map.of("name", name, "kind", "DEPARTMENT")).json().get("id").asLong();
    }

    private static long batch(long org, String date) {
        return api.created("/api/test-batches", Map.of("orgId", org, "date", date, "track", "NON_NPC", "paper", "A")).get("id").asLong();
    }

    private static String pathAndQuery() {
        URI u = URI.create(driver.getCurrentUrl());
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    @Test
    void aDeleteFromAFilteredListComesBackToThatList() {
        long unit = org("删除筛选县审计局");
        long other = org("删除筛选县统计局");
        long gone = batch(unit, "2024-03-12");
        long stays = batch(unit, "2024-09-20");
        batch(unit, "2023-05-10");
        batch(other, "2024-04-01");

        String filtered = "/tests?orgId=" + unit + "&year=2024";
        browser.open(filtered);
        WebElement row = driver.findElement(By.xpath("//form[@action='/tests/" + gone + "/delete']/button"));
        row.click();
        Alert confirm = browser.dialog();
        assertTrue(confirm.getText().contains("确定删除2024-03-12"), confirm.getText());
        confirm.accept();
        Chromium.waitFor(driver, WAIT, "back on the list", () -> driver.getCurrentUrl().contains("msg=deleted"));

        assertEquals(filtered + "&msg=deleted", pathAndQuery(), "the same unit and year, with the message");
        String page = driver.getPageSource();
        assertTrue(page.contains("/tests/" + stays + "\""), "the other batch of that unit and year is listed");
        assertFalse(page.contains("2023-05-10"), "still only 2024");
        assertFalse(page.contains("2024-04-01"), "still only that unit");
        assertEquals(404, api.get("/api/test-batches/" + gone).status());
    }

    @Test
    void aSessionEnteredTwiceAsksAndIsSavedWhenConfirmed() {
        long unit = org("重复录入县司法局");
        enterSession(unit, "学习法律援助法");
        Chromium.waitFor(driver, WAIT, "the list", () -> driver.getCurrentUrl().contains("msg=created"));
        assertEquals(1, sessions(unit));

        enterSession(unit, "学习法律援助法");
        Chromium.waitFor(driver, WAIT, "the question", () -> driver.getPageSource().contains("可能重复,仍要保存?"));
        assertEquals(1, sessions(unit), "nothing saved yet");
        assertEquals("学习法律援助法", driver.findElement(By.name("topic")).getDomProperty("value"), "the form is still filled in");
        WebElement stored = driver.findElement(By.cssSelector("#possible-duplicate a"));
        assertTrue(stored.getDomAttribute("href").matches("/study-sessions/\\d+"), stored.getDomAttribute("href"));

        driver.findElement(By.name("confirmDuplicate")).click();
        driver.findElement(By.xpath("//button[normalize-space()='保存']")).click();
        Chromium.waitFor(driver, WAIT, "saved", () -> driver.getCurrentUrl().contains("msg=created"));
        assertEquals(2, sessions(unit), "saved once confirmed");
    }

    @Test
    void aSignInSheetIsAttachedWhileTheSessionIsEntered() throws Exception {
        long unit = org("签到表县司法局");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("fazhi-upload");
        java.nio.file.Path fake = java.nio.file.Files.writeString(dir.resolve("签到表.jpg"), "<html>不是照片</html>");
        java.nio.file.Path sheet = java.nio.file.Files.write(dir.resolve("签到表.png"), java.util.HexFormat.of().parseHex(
                "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                + "1f15c4890000000d49444154789c6360000002000185d114090000000049454e44ae426082"));
        try {
            browser.open("/study-sessions/new?orgId=" + unit);
            driver.findElement(By.name("kind")).findElement(By.cssSelector("option[value='COLLECTIVE']")).click();
            driver.findElement(By.name("topic")).sendKeys("带签到表录入");
            driver.findElement(By.name("file")).sendKeys(fake.toString());
            driver.findElement(By.xpath("//button[normalize-space()='保存']")).click();
            Chromium.waitFor(driver, WAIT, "the reason", () -> driver.getPageSource().contains("不支持的文件类型"));
            assertEquals("带签到表录入", driver.findElement(By.name("topic")).getDomProperty("value"), "the form is still filled in");
            assertEquals(0, sessions(unit), "neither the session nor the file");

            driver.findElement(By.name("file")).sendKeys(sheet.toString());
            driver.findElement(By.xpath("//button[normalize-space()='保存']")).click();
            Chromium.waitFor(driver, WAIT, "saved", () -> driver.getCurrentUrl().contains("msg=created"));
            long id = api.get("/api/study-sessions?orgId=" + unit).json().get(0).get("id").asLong();
            assertEquals("签到表.png", api.get("/api/study-sessions/" + id + "/attachments").json().get(0).get("fileName").asText());
        } finally {
            org.fazhi.web.support.Chromium.deleteQuietly(dir);
        }
    }

    @Test
    void aDoubleClickOnTheMultipartSessionFormSavesOnce() {
        long unit = org("双击学法县司法局");
        browser.open("/study-sessions/new?orgId=" + unit);
        driver.findElement(By.name("kind")).findElement(By.cssSelector("option[value='COLLECTIVE']")).click();
        driver.findElement(By.name("topic")).sendKeys("双击保存的学法");
        WebElement save = driver.findElement(By.xpath("//button[normalize-space()='保存']"));
        new org.openqa.selenium.interactions.Actions(driver).doubleClick(save).perform();
        Chromium.waitFor(driver, WAIT, "saved", () -> driver.getCurrentUrl().contains("msg=created"));
        assertFalse(driver.getPageSource().contains("可能重复"), "the second click is not a second session to ask about");
        assertEquals(1, sessions(unit), "a double click saves once");
    }

    private static void enterSession(long unit, String topic) {
        browser.open("/study-sessions/new?orgId=" + unit);
        driver.findElement(By.name("kind")).findElement(By.cssSelector("option[value='COLLECTIVE']")).click();
        driver.findElement(By.name("topic")).sendKeys(topic);
        driver.findElement(By.name("expected")).sendKeys("10");
        driver.findElement(By.name("attended")).sendKeys("9");
        driver.findElement(By.xpath("//button[normalize-space()='保存']")).click();
    }

    private static long sessions(long unit) {
        return Long.parseLong(api.get("/api/study-sessions?orgId=" + unit).header("X-Total-Count"));
    }
}
