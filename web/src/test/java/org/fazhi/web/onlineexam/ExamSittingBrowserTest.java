package org.fazhi.web.onlineexam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The candidate's page in a real headless Chromium at a phone's size (390 × 844), under the strict CSP: sign in
 * with a code, answer, reload (the answers and the clock come back), submit with the confirmation, the score shown;
 * the answers are the ones the server marks.
 */
class ExamSittingBrowserTest extends BrowserCase {
    private static List<WebElement> questions() {
        return driver.findElements(By.cssSelector("#exam-questions .exam-q"));
    }

    private static WebElement question(String type, int nth) {
        return questions().stream().filter(q -> type.equals(q.getDomAttribute("data-type"))).skip(nth).findFirst().orElseThrow();
    }

    /** Ticks the option whose text starts with 乙 (the fixture's key) in a single choice question. */
    private static void right(WebElement q) {
        q.findElements(By.cssSelector("label.opt")).stream().filter(l -> l.getText().contains(". 乙")).findFirst().orElseThrow().click();
    }

    private static void savedIn(WebElement q) {
        browser.waitFor("已保存", () -> q.findElement(By.cssSelector(".save")).getText().equals("已保存"));
    }

    @Test
    void aCandidateSignsInOnAPhoneAnswersReloadsAndSubmits() {
        driver.manage().window().setSize(new Dimension(390, 844));
        Http admin = server.login(TestServer.ADMIN);
        Org county = server.org("某县人民政府", OrgKind.COUNTY_GOV, null);
        ExamBank.fill(server, "");
        long[] ids = ExamBank.exam(admin, county.id(), "2024-05-10");
        String code = admin.post("/api/exams/" + ids[1] + "/candidates", Map.of("name", "张三", "orgId", county.id()))
                .json().get("code").asText();

        browser.open("/exam");
        browser.waitFor("the code entry", () -> driver.findElement(By.id("exam-login")).isDisplayed());
        driver.findElement(By.id("exam-code")).sendKeys(code.toLowerCase());
        driver.findElement(By.id("exam-start")).click();
        browser.waitFor("the paper", () -> questions().size() == 7);
        assertTrue(driver.findElement(By.id("exam-clock")).getText().matches("剩余 (30:00|29:\\d\\d)"),
                driver.findElement(By.id("exam-clock")).getText());
        assertFalse(driver.getPageSource().contains("参考答案"), "no key reaches the browser");
        // Nothing is wider than the phone.
        assertTrue((Long) driver.executeScript("return document.documentElement.scrollWidth") <= 390);

        for (int i = 0; i < 4; i++) {
            WebElement q = question("SINGLE", i);
            right(q);
            savedIn(q);
        }
        WebElement tf = question("TRUE_FALSE", 0);
        tf.findElement(By.cssSelector("input[value='T']")).click();
        savedIn(tf);
        WebElement c = question("CASE", 0);
        c.findElement(By.tagName("textarea")).sendKeys("应当撤销该处罚决定。");
        savedIn(c);

        driver.navigate().refresh();
        browser.waitFor("the paper again", () -> questions().size() == 7);
        assertTrue(question("TRUE_FALSE", 0).findElement(By.cssSelector("input[value='T']")).isSelected(), "a reload keeps answers");
        assertEquals("应当撤销该处罚决定。", question("CASE", 0).findElement(By.tagName("textarea")).getDomProperty("value"));
        assertEquals("已保存", question("SINGLE", 3).findElement(By.cssSelector(".save")).getText());
        assertTrue(driver.findElement(By.id("exam-clock")).isDisplayed());

        driver.findElement(By.id("exam-submit")).click();
        var dialog = browser.dialog();
        assertTrue(dialog.getText().contains("还有 1 题未作答"), dialog.getText());
        dialog.accept();
        browser.waitFor("the score", () -> driver.findElement(By.id("exam-done")).isDisplayed());
        // 4 × 15 + 10 for the objective questions; the case answer awaits its marker.
        assertEquals("客观题得分:70 分(案例分析题待阅卷)", driver.findElement(By.id("exam-result")).getText());
        browser.assertNoErrors();
        assertEquals("SUBMITTED", admin.get("/api/exams/" + ids[1] + "/candidates").json().get(0).get("status").asText());
    }
}
