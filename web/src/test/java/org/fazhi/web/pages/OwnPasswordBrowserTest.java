package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fazhi.model.account.Role;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * 修改密码 in real Chromium at a phone's width: a viewer opens it from the header's menu, changes the password
 * through the page, and signs in with the new one.
 */
class OwnPasswordBrowserTest extends BrowserCase {
    private static final String NEW = "viewer-new-pass-7";

    @Test
    void aViewerChangesTheirPasswordThroughThePageAndSignsInWithIt() {
        server.createUser("pwviewer", Role.VIEWER, null);
        driver.manage().window().setSize(new Dimension(390, 844));
        browser.signIn("pwviewer");
        browser.open("/orgs");
        driver.findElement(By.className("menu-toggle")).click();
        WebElement link = driver.findElement(By.linkText("修改密码"));
        assertTrue(link.isDisplayed(), "the header's 修改密码, in the opened menu");
        link.click();
        browser.waitFor("the 修改密码 page", () -> browser.path().equals("/account/password"));
        long wide = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(wide <= 390, "/account/password is " + wide + " px wide at a 390 px screen");

        driver.findElement(By.name("currentPassword")).sendKeys(TestServer.PASSWORD);
        driver.findElement(By.name("newPassword")).sendKeys(NEW);
        driver.findElement(By.name("confirmPassword")).sendKeys(NEW);
        browser.button("保存").click();
        browser.waitFor("已保存", () -> driver.findElements(By.cssSelector("main .notice.ok")).stream()
                .anyMatch(e -> e.getText().contains("已保存")));
        assertEquals("/account/password", browser.path(), "still signed in, on the page");
        browser.assertNoErrors();

        browser.signOut();
        browser.open("/login");
        driver.findElement(By.name("username")).sendKeys("pwviewer");
        driver.findElement(By.name("password")).sendKeys(NEW);
        browser.button("登录").click();
        browser.waitFor("signed in with the new password", () -> !browser.path().equals("/login"));
        assertTrue(driver.findElement(By.cssSelector(".who")).getAttribute("textContent").contains("pwviewer"));
    }
}
