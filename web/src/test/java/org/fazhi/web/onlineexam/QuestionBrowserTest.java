package org.fazhi.web.onlineexam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The bank's pages in real headless Chromium: laws picked from the catalogue, a wrong answer named at its field
 * with everything typed kept, a double click on 保存 storing the question once, then 停用 and 启用 from the list; no
 * CSP violation or missing file.
 */
class QuestionBrowserTest extends BrowserCase {
    private static final String STEM = "浏览器:行政复议机关收到申请后应当在( )内审查决定是否受理。";

    @Test
    void aQuestionIsCorrectedAtItsFieldStoredOnceThenRetiredAndRestored() {
        browser.signIn(TestServer.ADMIN);
        browser.open("/questions");
        driver.findElement(By.linkText("新增试题")).click();
        browser.waitFor("the form", () -> driver.getCurrentUrl().endsWith("/questions/new"));
        driver.findElement(By.name("stem")).sendKeys(STEM);
        String[] options = {"三日", "五日", "七日", "十日"};
        for (int i = 0; i < options.length; i++) {
            driver.findElement(By.name("option" + (char) ('A' + i))).sendKeys(options[i]);
        }
        driver.findElement(By.name("answer")).sendKeys("E");
        // The laws: an entry per law with type-ahead from the catalogue, as on the study-session form.
        driver.findElement(By.id("law-1")).sendKeys("行政复议");
        // Read in one script: the suggestions are replaced as they arrive.
        browser.waitFor("the catalogue's suggestions", () -> Boolean.TRUE.equals(driver.executeScript("var v = arguments[0]; return Array.from("
                + "document.querySelectorAll('#law-options option')).some(function (o) { return o.value === v; })",
                "中华人民共和国行政复议法")));
        driver.findElement(By.id("law-1")).clear();
        driver.findElement(By.id("law-1")).sendKeys("中华人民共和国行政复议法");
        driver.findElement(By.id("law-2")).sendKeys("中华人民共和国行政诉讼法");
        browser.button("保存").click();
        browser.waitFor("the form again with its error", () -> !driver.findElements(By.cssSelector(".field-error")).isEmpty());
        WebElement error = driver.findElement(By.cssSelector(".field-error"));
        assertEquals("答案“E”无效,应为选项A到D中的字母", error.getText());
        assertEquals("true", driver.findElement(By.name("answer")).getAttribute("aria-invalid"), "named at its field");
        assertEquals(STEM, driver.findElement(By.name("stem")).getAttribute("value"), "what was typed stays");
        assertEquals("十日", driver.findElement(By.name("optionD")).getAttribute("value"));
        assertEquals("中华人民共和国行政诉讼法", driver.findElement(By.id("law-2")).getAttribute("value"), "the laws too");

        driver.findElement(By.name("answer")).clear();
        driver.findElement(By.name("answer")).sendKeys("b");
        new Actions(driver).doubleClick(browser.button("保存")).perform();
        browser.waitFor("the list", () -> driver.getCurrentUrl().contains("/questions?msg=created"));
        Http api = server.login(TestServer.ADMIN);
        String query = "/api/questions?q=" + URLEncoder.encode("浏览器:", StandardCharsets.UTF_8);
        assertEquals("1", api.get(query).header("X-Total-Count"), "stored once");
        assertEquals("B", api.get(query).json().get(0).get("answer").asText());
        assertEquals("[\"中华人民共和国行政复议法\",\"中华人民共和国行政诉讼法\"]", api.get(query).json().get(0).get("laws").toString());

        WebElement row = driver.findElement(By.xpath("//table[contains(@class,'questions')]//tr[td[contains(., '浏览器:')]]"));
        row.findElement(By.xpath(".//button[normalize-space()='停用']")).click();
        browser.waitFor("retired", () -> driver.getCurrentUrl().contains("msg=retired"));
        assertEquals(false, api.get(query).json().get(0).get("active").asBoolean());
        row = driver.findElement(By.xpath("//table[contains(@class,'questions')]//tr[td[contains(., '浏览器:')]]"));
        assertTrue(row.getText().contains("停用"), row.getText());
        row.findElement(By.xpath(".//button[normalize-space()='启用']")).click();
        browser.waitFor("restored", () -> driver.getCurrentUrl().contains("msg=restored"));
        assertEquals(true, api.get(query).json().get(0).get("active").asBoolean());
        // The refused save answered 400 with the form again, as it should; nothing else went wrong.
        browser.assertNoErrorsBut("/questions - Failed to load resource: the server responded with a status of 400");
    }
}
