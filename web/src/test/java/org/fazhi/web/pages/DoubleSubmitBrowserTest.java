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

    private static long units(String name) {
        Http api = server.login(TestServer.ADMIN);
        return java.util.stream.StreamSupport.stream(api.get("/api/orgs").json().spliterator(), false)
                .filter(o -> o.get("name").asText().equals(name)).count();
    }
}
