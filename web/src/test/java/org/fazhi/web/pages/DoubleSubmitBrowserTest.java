package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** A clerk's double click on 保存, and Back then 保存 again, in real Chromium: one record each time. */
class DoubleSubmitBrowserTest extends BrowserCase {
    @Test
    void aDoubleClickAndABackThenSaveAgainMakeOneUnit() {
        browser.signIn(TestServer.ADMIN);

        browser.open("/orgs/new");
        driver.findElement(By.name("name")).sendKeys("双击测试县人民政府");
        WebElement save = driver.findElement(By.xpath("//button[normalize-space()='保存']"));
        new Actions(driver).doubleClick(save).perform();
        browser.waitFor("saved", () -> !driver.getCurrentUrl().endsWith("/orgs/new"));
        browser.waitFor("the list", () -> driver.getPageSource().contains("双击测试县人民政府"));
        assertEquals(1, units("双击测试县人民政府"), "a double click saves once");

        String after = driver.getCurrentUrl();
        driver.navigate().back();
        browser.waitFor("the form again", () -> driver.getCurrentUrl().endsWith("/orgs/new"));
        WebElement name = driver.findElement(By.name("name"));
        if (name.getAttribute("value").isEmpty()) {
            name.sendKeys("双击测试县人民政府"); // a browser that did not keep what was typed
        }
        driver.findElement(By.xpath("//button[normalize-space()='保存']")).click();
        browser.waitFor("answered", () -> !driver.getCurrentUrl().endsWith("/orgs/new"));
        assertEquals(after, driver.getCurrentUrl(), "Back and 保存 again lands where the first save did");
        assertEquals(1, units("双击测试县人民政府"), "Back and 保存 again saves nothing new");
    }

    /**
     * A form first refused (a field to correct), then corrected and saved, and reached again by Back twice (past the
     * refused page to the form as first opened, fetched anew): 保存 there lands where the save did and saves nothing
     * new. The refused page gave back the token it was sent, so the form kept one token until its save (sent with a
     * double click).
     */
    @Test
    void aFormRefusedThenSavedAndReachedByBackTwiceSavesNothingNew() {
        Http api = server.login(TestServer.ADMIN);
        String unit = api.post("/api/orgs", java.util.Map.of("name", "退回两次县司法局", "kind", "DEPARTMENT"))
                .json().get("id").asText();
        browser.signIn(TestServer.ADMIN);

        browser.open("/people/new");
        driver.findElement(By.name("name")).sendKeys("退回两次测试人");
        // No unit chosen, and the browser's own check off: the server refuses it.
        driver.executeScript("document.querySelectorAll('[required]').forEach(function (e) { e.removeAttribute('required'); })");
        driver.findElement(By.xpath("//button[normalize-space()='保存']")).click();
        browser.waitFor("refused", () -> !driver.findElements(By.cssSelector("[name=orgId][aria-invalid=true]")).isEmpty());
        browser.choose("orgId", unit);
        new Actions(driver).doubleClick(driver.findElement(By.xpath("//button[normalize-space()='保存']"))).perform();
        browser.waitFor("saved", () -> driver.getCurrentUrl().contains("msg=created"));
        assertEquals(1, people(api, "退回两次测试人"), "corrected, and saved once with a double click");
        String after = driver.getCurrentUrl();

        driver.navigate().back();
        driver.navigate().back();
        browser.waitFor("the form as first opened", () -> driver.getCurrentUrl().endsWith("/people/new")
                && !driver.findElements(By.name("name")).isEmpty());
        WebElement name = driver.findElement(By.name("name"));
        if (name.getAttribute("value").isEmpty()) {
            name.sendKeys("退回两次测试人"); // a browser that did not keep what was typed
        }
        browser.choose("orgId", unit);
        driver.findElement(By.xpath("//button[normalize-space()='保存']")).click();
        browser.waitFor("answered", () -> !driver.getCurrentUrl().endsWith("/people/new"));
        assertEquals(1, people(api, "退回两次测试人"), "保存 saves nothing new");
        assertEquals(after, driver.getCurrentUrl(), "保存 lands where the save did");
    }

    private static long people(Http api, String name) {
        return java.util.stream.StreamSupport.stream(api.get("/api/people?limit=1000").json().spliterator(), false)
                .filter(p -> p.get("name").asText().equals(name)).count();
    }

    private static long units(String name) {
        Http api = server.login(TestServer.ADMIN);
        return java.util.stream.StreamSupport.stream(api.get("/api/orgs").json().spliterator(), false)
                .filter(o -> o.get("name").asText().equals(name)).count();
    }
}
