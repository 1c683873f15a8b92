package org.fazhi.web.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Chromium;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The import page in a real headless Chromium: the script uploads to the API with a progress bar and
 * the CSRF header, then shows the count or every row error without leaving the page.
 */
class ImportPageBrowserTest extends BrowserCase {
    private static final String HEADER = "单位,日期,类型,主题,所学法律,主讲人,时长(分钟),应到人数,实到人数";

    private static Path files;
    private static Org unit;

    @BeforeAll
    static void start() throws IOException {
        unit = server.org("清河县司法局", OrgKind.DEPARTMENT, null);
        files = Files.createTempDirectory("fazhi-upload");
        browser.signIn(TestServer.ADMIN);
    }

    @AfterAll
    static void deleteFiles() {
        Chromium.deleteQuietly(files);
    }

    @Test
    void aGoodFileUploadsWithAProgressBarAndTheCountIsShown() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 5_000; i++) {
            csv.append("清河县司法局,2024-").append(String.format("%02d-%02d", i % 12 + 1, i % 28 + 1))
                    .append(",集体学法,第").append(i).append("次集体学法,中华人民共和国宪法、中华人民共和国民法典,张明,60,20,18\n");
        }
        // As Excel on Chinese Windows saves it: GBK.
        Path file = files.resolve("学法记录.csv");
        Files.write(file, csv.toString().getBytes(Charset.forName("GBK")));
        long before = count();

        browser.open("/study-sessions/import");
        watchProgress();
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        driver.findElement(By.xpath("//main//button[normalize-space()='上传并导入']")).click();

        browser.waitFor("the count after the upload", () -> driver.getCurrentUrl().contains("imported="));
        assertEquals("已导入 5000 条学法记录。返回学法台账", driver.findElement(By.cssSelector(".notice.ok")).getText());
        assertEquals(before + 5_000, count());
        assertEquals("yes", ((JavascriptExecutor) driver).executeScript("return sessionStorage.getItem('sawProgress');"),
                "the progress bar was shown during the upload");
        browser.assertNoErrorsBut("400 (Bad Request)");
    }

    @Test
    void aBadFileShowsEveryRowErrorInATableWithoutLeavingThePage() throws IOException {
        Path file = files.resolve("bad.csv");
        Files.writeString(file, HEADER + "\n"
                + "清河县司法局,2024-02-30,集体学法,日期错,,,60,20,18\n"
                + "清河县不存在局,2024-02-01,茶话会,单位和类型错,,,60,20,18\n", StandardCharsets.UTF_8);
        long before = count();

        browser.open("/study-sessions/import");
        ((JavascriptExecutor) driver).executeScript("window.samePage = true;");
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        driver.findElement(By.xpath("//main//button[normalize-space()='上传并导入']")).click();

        browser.waitFor("the error table", () -> !driver.findElements(By.cssSelector("[data-import-result] table tbody tr")).isEmpty());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript("return window.samePage === true;"),
                "the script showed the errors; the page was not reloaded");
        String alert = driver.findElement(By.cssSelector("[data-import-result] .notice.error")).getText();
        assertTrue(alert.contains("共有3处错误"), alert);
        List<WebElement> rows = driver.findElements(By.cssSelector("[data-import-result] table tbody tr"));
        assertEquals(3, rows.size());
        assertEquals("2 日期", cells(rows.get(0)));
        assertEquals("3 单位", cells(rows.get(1)));
        assertEquals("3 类型", cells(rows.get(2)));
        assertEquals(before, count(), "nothing imported");
        // The refused upload's 400 is logged by the browser as a failed request; that is the point.
        browser.assertNoErrorsBut("400 (Bad Request)");
    }

    private static String cells(WebElement row) {
        List<WebElement> td = row.findElements(By.tagName("td"));
        return td.get(0).getText() + " " + td.get(1).getText();
    }

    /** Notes, across the redirect that follows, whether the progress bar was ever shown. */
    private static void watchProgress() {
        ((JavascriptExecutor) driver).executeScript(
                "var w = document.querySelector('[data-import-progress]');"
                        + "new MutationObserver(function () { if (!w.hidden) { sessionStorage.setItem('sawProgress', 'yes'); } })"
                        + ".observe(w, {attributes: true});");
    }

    private static long count() {
        return server.server().training().sessions().list(Actor.SYSTEM, new SessionFilter(unit.id(), null, null, null),
                new Page(1, 0)).total();
    }
}
