package org.fazhi.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In a real headless Chromium, the indicator tree editor: a system made on its page, a leaf added under the
 * first indicator with its evidence kinds, veto and ledger binding ticked, a fourth level refused beside the
 * field, an indicator deleted once its confirmation is answered.
 */
class SystemEditorBrowserTest extends BrowserCase {
    private static void type(String name, String text) {
        WebElement field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    private static void tick(String name, String value) {
        driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
    }

    private static void arrived(String msg) {
        browser.waitFor(msg, () -> driver.getCurrentUrl().contains("msg=" + msg));
    }

    private static void addBelow(String parent) {
        driver.findElement(By.cssSelector("a[href$='/indicator?parent=" + parent + "']")).click();
        browser.waitFor("the indicator form", () -> !driver.findElements(By.name("original")).isEmpty());
    }

    @Test
    void aTreeIsBuiltEditedAndPrunedInThePages() {
        browser.signIn(TestServer.ADMIN);
        browser.open("/assessment/systems");
        driver.findElement(By.linkText("新建指标体系")).click();
        type("title", "浏览器指标体系");
        type("indicatorTitle", "制度建设");
        type("points", "10");
        browser.button("新建").click();
        arrived("created");
        long id = Long.parseLong(browser.path().substring("/assessment/systems/".length()));

        addBelow("1");
        assertEquals("1.1", driver.findElement(By.name("code")).getAttribute("value"));
        type("title", "规范性文件备案");
        type("standard", "按时备案的得满分");
        type("points", "6");
        tick("evidenceKinds", "FILE");
        tick("evidenceKinds", "LINK");
        tick("veto", "1");
        browser.choose("metric", "RECTIFICATION_CLOSED_ON_TIME");
        type("rule", "达到90%得满分");
        browser.button("保存").click();
        arrived("saved");
        String tree = driver.findElement(By.tagName("main")).getText();
        assertTrue(tree.contains("规范性文件备案") && tree.contains("整改按期完成率;达到90%得满分"), tree);

        addBelow("1.1");
        type("code", "1.1.1");
        type("title", "三级指标");
        type("points", "2");
        browser.button("保存").click();
        browser.waitFor("the refusal", () -> !driver.findElements(By.cssSelector(".notice.error")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector(".notice.error")).getText().contains("编码 1.1"),
                "the parent with leaf-only settings is named");
        assertEquals("三级指标", driver.findElement(By.name("title")).getAttribute("value"), "the form as typed");

        browser.open("/assessment/systems/" + id);
        addBelow("1");
        type("code", "1.2");
        type("title", "重大决策");
        type("points", "4");
        browser.button("保存").click();
        arrived("saved");
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("总分 10"));

        WebElement delete = driver.findElement(By.cssSelector("form[action$='/indicator/delete'] input[name='code'][value='1.2']"))
                .findElement(By.xpath("./.."));
        assertTrue(delete.getAttribute("data-confirm").contains("1.2"), "the page asks before deleting");
        // The page's confirmation dialog answered yes (the dialog itself is app.js's, tested with the desks)
        driver.executeScript("window.confirm = function () { return true; };");
        delete.findElement(By.tagName("button")).click();
        arrived("deleted");
        browser.assertNoErrorsBut("status of 400"); // the refused fourth-level form only

        Http admin = server.login(TestServer.ADMIN);
        JsonNode s = admin.get("/api/indicator-systems/" + id).json();
        assertEquals(2, s.get("indicators").size());
        JsonNode leaf = s.get("indicators").get(1);
        assertEquals("[\"FILE\",\"LINK\"]", leaf.get("evidenceKinds").toString());
        assertTrue(leaf.get("veto").asBoolean());
        assertEquals(6.0, s.get("total").asDouble(), "the parent is its only child's points");
    }
}
