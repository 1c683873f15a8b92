package org.fazhi.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Chromium;
import org.fazhi.web.support.SampleFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The desk in a real headless Chromium, under the strict CSP: the town's organiser scores two leaves, attaches a
 * file and one of its ledger records and submits (confirming the dialog); the county's organiser deducts with a
 * reason and returns a leaf for 补充材料; the town amends it and submits again; the county confirms.
 */
class AssessmentDeskBrowserTest extends BrowserCase {
    private static DeskServer s;
    private static Path files;

    @BeforeAll
    static void start() throws IOException {
        s = new DeskServer(server);
        files = Files.createTempDirectory("fazhi-desk");
    }

    @AfterAll
    static void deleteFiles() {
        Chromium.deleteQuietly(files);
    }

    private static WebElement leaf(String code) {
        return driver.findElement(By.id("leaf-" + code));
    }

    private static void click(WebElement form, String label) {
        form.findElement(By.xpath(".//button[normalize-space()='" + label + "']")).click();
    }

    private static void arrived(String msg) {
        browser.waitFor(msg, () -> driver.getCurrentUrl().contains("msg=" + msg));
    }

    private static void type(WebElement form, String name, String text) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void theUnitSubmitsTheReviewerReturnsALeafTheUnitAmendsItAndTheReviewerConfirms() throws IOException {
        String desk = DeskPages.path(s.round.id(), s.town.id());
        var item = s.admin.post("/api/rectifications", Map.of("orgId", s.town.id(), "problem", "规范性文件未备案",
                "source", "法治督察", "foundOn", LocalDate.now(server.clock()).toString(),
                "deadline", LocalDate.now(server.clock()).plusMonths(1).toString(), "responsible", "张科长"));
        assertEquals(201, item.status(), item.body());
        for (String code : new String[] {"2.1", "2.2"}) {
            assertEquals(200, s.townUser.put(s.desk(s.town) + "/answers/" + code, Map.of("selfScore", 4, "version", 0)).status());
        }
        Path scan = files.resolve("规范性文件审核台账.pdf");
        Files.write(scan, SampleFiles.PDF);

        // The town fills in two leaves, attaches a file and a record, and submits.
        browser.signIn("town");
        browser.open(desk);
        assertTrue(driver.findElement(By.id("self-deadline")).getText().contains("还剩"), "the days left");
        driver.manage().window().setSize(new Dimension(390, 844));
        browser.open(desk);
        long wide = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(wide <= 390, "the desk with its forms is " + wide + " px wide at a phone's 390 px");
        driver.manage().window().setSize(new Dimension(1280, 900));
        browser.open(desk);
        WebElement answer = leaf("1.1").findElement(By.className("answer-form"));
        type(answer, "selfScore", "5.5");
        type(answer, "explanation", "全年审核规范性文件12件");
        click(answer, "保存自评");
        arrived("saved");
        WebElement upload = leaf("1.1").findElement(By.className("upload-form"));
        upload.findElement(By.cssSelector("input[type=file]")).sendKeys(scan.toString());
        type(upload, "title", "审核台账");
        click(upload, "上传");
        arrived("uploaded");
        assertTrue(leaf("1.1").findElement(By.className("evidence-list")).getText().contains("审核台账"));
        answer = leaf("1.2").findElement(By.className("answer-form"));
        type(answer, "selfScore", "4");
        click(answer, "保存自评");
        arrived("saved");
        WebElement record = leaf("1.2").findElement(By.className("record-form"));
        record.findElement(By.cssSelector("option[value='rectification:" + item.json().get("id").asLong() + "']")).click();
        click(record, "引用");
        arrived("added");
        assertTrue(leaf("1.2").findElement(By.className("evidence-list")).getText().contains("规范性文件未备案"));
        click(driver.findElement(By.id("submit-form")), "提交自评");
        browser.dialog().accept();
        arrived("submitted");
        assertTrue(driver.findElement(By.id("desk-locked")).isDisplayed(), "read-only once submitted");
        browser.assertNoErrors();

        // The county deducts with a reason and returns 2.1.
        browser.signIn("county");
        browser.open(desk);
        review("1.1", "4", "两件文件未经合法性审核");
        arrived("reviewed");
        assertTrue(leaf("1.1").getText().contains("两件文件未经合法性审核"));
        WebElement back = driver.findElement(By.id("return-form"));
        back.findElement(By.cssSelector("input[name=codes][value='2.1']")).click();
        type(back, "comment", "请补充执法公示截图");
        click(back, "退回补充材料");
        arrived("returned");
        browser.assertNoErrors();

        // The town amends 2.1 and submits again.
        browser.signIn("town");
        browser.open(desk);
        assertTrue(leaf("2.1").getText().contains("请补充执法公示截图"));
        answer = leaf("2.1").findElement(By.className("answer-form"));
        type(answer, "explanation", "已补充公示截图");
        click(answer, "保存自评");
        arrived("saved");
        click(driver.findElement(By.id("submit-form")), "重新提交");
        browser.dialog().accept();
        arrived("submitted");
        browser.assertNoErrors();

        // The county confirms.
        browser.signIn("county");
        browser.open(desk);
        click(driver.findElement(By.id("confirm-form")), "确认考核结果");
        browser.dialog().accept();
        arrived("confirmed");
        assertEquals("已确认", driver.findElement(By.id("unit-state")).getText());
        browser.assertNoErrors();
    }

    /**
     * A refused save comes back at its leaf, not at the top of a long page: the page opens at {@code #leaf-…} (the
     * anchor a successful save uses) with the message beside the field — the unit's 保存自评 over the leaf's
     * points, and the reviewer's deduction without a reason. The desk's own forms at its foot (提交自评, 退回补充材料,
     * 确认考核结果) come back at theirs. On a phone-sized window the desk is many screens long.
     */
    @Test
    void aRefusedSaveOrReviewOpensAtItsLeafWithTheMessageBesideTheField() {
        String desk = DeskPages.path(s.round.id(), s.finance.id());
        driver.manage().window().setSize(new Dimension(390, 600));
        try {
            browser.signIn("finance");
            browser.open(desk);
            WebElement answer = leaf("2.1").findElement(By.className("answer-form"));
            type(answer, "selfScore", "9");
            click(answer, "保存自评");
            browser.waitFor("the refused save", () -> driver.getCurrentUrl().endsWith("/answers/2.1#leaf-2.1"));
            assertAtLeafWithError("2.1", "answer-form", "不能超过6分");
            browser.assertNoErrorsBut("status of 400");

            // 提交自评 with leaves unscored: refused at the bottom form, and opens there, not at the top.
            click(driver.findElement(By.id("submit-form")), "提交自评");
            browser.dialog().accept();
            browser.waitFor("the refused submit", () -> driver.getCurrentUrl().endsWith("/submit#submit"));
            assertAtSectionWithError("submit", "未填写自评分");
            browser.assertNoErrorsBut("status of 400");

            for (String code : new String[] {"1.1", "1.2", "2.1", "2.2"}) {
                DeskServer.ok(s.financeUser.put(s.desk(s.finance) + "/answers/" + code, Map.of("selfScore", 4, "version", 0)));
            }
            DeskServer.ok(s.financeUser.post(s.desk(s.finance) + "/submit", Map.of()));
            browser.signIn("county");
            browser.open(desk);
            review("2.1", "3", "");
            browser.waitFor("the refused review", () -> driver.getCurrentUrl().endsWith("/review#leaf-2.1"));
            assertAtLeafWithError("2.1", "review-form", "须填写扣分理由");
            browser.assertNoErrorsBut("status of 400"); // the refusal itself, nothing else

            // 退回补充材料 without a comment, and 确认 while a leaf (returned meanwhile) waits: each opens at its form.
            click(driver.findElement(By.id("return-form")), "退回补充材料");
            browser.waitFor("the refused return", () -> driver.getCurrentUrl().endsWith("/return#return"));
            assertAtSectionWithError("return", "退回意见");
            WebElement focused = driver.switchTo().activeElement();
            assertEquals("comment", focused.getAttribute("name"), "the refused field has the focus");
            browser.assertNoErrorsBut("status of 400");
            browser.open(desk);
            DeskServer.ok(s.countyUser.post(s.desk(s.finance) + "/return", Map.of("codes", java.util.List.of("2.2"),
                    "comment", "请补充出庭材料")));
            click(driver.findElement(By.id("confirm-form")), "确认考核结果");
            browser.dialog().accept();
            browser.waitFor("the refused confirm", () -> driver.getCurrentUrl().endsWith("/confirm#confirm"));
            assertAtSectionWithError("confirm", "尚未重新提交");
            browser.assertNoErrorsBut("status of 409");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * The page opened at the leaf's anchor and brought the refused form's message on screen beside its field,
     * which has the focus.
     */
    private static void assertAtLeafWithError(String code, String form, String message) {
        assertLongDesk();
        WebElement error = leaf(code).findElement(By.className(form)).findElement(By.className("field-error"));
        assertTrue(error.getText().contains(message), error.getText());
        assertScrolledTo(error);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals("true", focused.getAttribute("aria-invalid"), "the refused field has the focus");
        assertTrue(leaf(code).findElements(By.cssSelector("[aria-invalid=true]")).contains(focused));
    }

    /**
     * The page opened at the desk's own form ({@code #submit}, {@code #return}, {@code #confirm}) with its message on
     * screen, not at the top of the long desk.
     */
    private static void assertAtSectionWithError(String section, String message) {
        assertLongDesk();
        WebElement error = driver.findElement(By.id(section)).findElements(By.cssSelector(".notice.error, .field-error"))
                .stream().filter(e -> e.getText().contains(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no message “" + message + "” at #" + section));
        assertScrolledTo(error);
    }

    private static void assertLongDesk() {
        long high = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        assertTrue(high > 1800, "the desk is long enough to lose an error in: " + high + " px");
    }

    /** The page left its top and {@code message} is in the window. */
    private static void assertScrolledTo(WebElement message) {
        browser.waitFor("the message on screen", () -> {
            double top = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().top", message))
                    .doubleValue();
            long window = ((Number) driver.executeScript("return window.innerHeight")).longValue();
            return top >= 0 && top < window;
        });
        long scrolled = ((Number) driver.executeScript("return window.scrollY")).longValue();
        assertTrue(scrolled > 0, "the page left its top");
    }

    /** The reviewer's score and reason for a leaf, sent with 保存评分. */
    private static void review(String code, String score, String reason) {
        WebElement review = leaf(code).findElement(By.className("review-form"));
        type(review, "score", score);
        type(review, "reason", reason);
        click(review, "保存评分");
    }
}
