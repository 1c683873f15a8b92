package org.fazhi.web.report;

import static org.fazhi.web.report.ReportLedger.SENTENCES_2024;
import static org.fazhi.web.report.ReportLedger.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The report in a real headless Chromium: the page shows the figures, its print stylesheet lays it
 * out as an official document, an edit made in the form shows up, and the page prints to PDF with
 * Chromium's own print — without a console error (a CSP violation or a missing file would show there).
 */
class ReportBrowserTest extends BrowserCase {
    private static ReportLedger ledger;

    @BeforeAll
    static void start() throws IOException {
        ledger = new ReportLedger(server);
        browser.signIn(TestServer.ADMIN);
    }

    @Test
    void theReportPrintsToPdfLaidOutAsAnOfficialDocument() {
        driver.manage().logs().get(LogType.BROWSER); // start with an empty console log
        driver.get(server.baseUrl() + "/reports/annual?" + query(ledger.county));
        browser.waitFor("the report", () -> !driver.findElements(By.cssSelector("h1.report-title")).isEmpty());
        assertEquals("清河县人民政府2024年度法治政府建设工作报告", driver.findElement(By.cssSelector("h1.report-title")).getText());
        String paper = driver.findElement(By.cssSelector("article.report-paper")).getText();
        SENTENCES_2024.forEach(s -> assertTrue(paper.contains(s), s));
        WebElement print = driver.findElement(By.cssSelector("button.print-button"));
        browser.waitFor("the print button", print::isDisplayed);

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", css("header.top", "display"), "no navigation on paper");
            assertEquals("none", css(".report-bar", "display"), "no buttons on paper");
            assertTrue(css("article.report-paper", "font-family").startsWith("仿宋_GB2312, FangSong, STFangsong"),
                    css("article.report-paper", "font-family"));
            assertEquals("21.3333px", css("article.report-paper p", "font-size"), "3号: 16 pt");
            assertEquals("29.3333px", css("h1.report-title", "font-size"), "2号: 22 pt");
            assertEquals("center", css("h1.report-title", "text-align"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        PrintOptions options = new PrintOptions();
        options.setPageSize(PageSize.ISO_A4);
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        assertTrue(pdf.length > 10_000, "a real document: " + pdf.length + " bytes");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

        // Chromium's own print honouring the stylesheet's @page: A4 portrait (595 × 842 pt).
        @SuppressWarnings("unchecked")
        Map<String, Object> printed = driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
        byte[] css = Base64.getDecoder().decode((String) printed.get("data"));
        assertEquals("%PDF", new String(css, 0, 4, StandardCharsets.US_ASCII));
        String raw = new String(css, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/MediaBox [0 0 595") || raw.contains("/MediaBox [0 0 594"), "A4 pages");
        assertTrue(driver.findElements(By.cssSelector(".notice.error")).isEmpty(), "the page shows no error");
        browser.assertNoErrors();
    }

    @Test
    void anEditMadeInTheFormShowsOnTheReport() {
        driver.get(server.baseUrl() + "/reports/annual/edit?" + query(ledger.justice));
        WebElement box = driver.findElement(By.id("n-shortcomings"));
        box.sendKeys("基层执法力量薄弱。\n法治审核人员不足。");
        browser.button("保存").click();
        browser.waitFor("saved", () -> !driver.findElements(By.cssSelector(".notice.ok")).isEmpty());
        driver.findElement(By.xpath("//a[normalize-space()='返回报告']")).click();
        browser.waitFor("the report", () -> !driver.findElements(By.id("part-shortcomings")).isEmpty());
        List<String> paragraphs = driver.findElements(By.cssSelector("#part-shortcomings p")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("基层执法力量薄弱。", "法治审核人员不足。"), paragraphs);
        browser.assertNoErrors();
    }

    private static String css(String selector, String property) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];", selector, property);
    }
}
