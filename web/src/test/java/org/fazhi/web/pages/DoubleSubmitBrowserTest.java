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

    /**
     * The same on a page of several forms (a 履职事项 with its edit, upload, link and note forms): a note refused, then
     * added, then Back twice and 添加情况说明 again adds nothing; the page's other forms are not answered as the note.
     */
    @Test
    void aNoteRefusedThenAddedAndSentAgainAfterBackTwiceIsAddedOnce() {
        org.fazhi.duty.duties.Duties duties = server.server().duty().duties();
        org.fazhi.model.org.Org county = server.services().orgs().create(org.fazhi.model.account.Actor.SYSTEM,
                org.fazhi.model.org.Org.draft("多表单县人民政府", org.fazhi.model.org.OrgKind.COUNTY_GOV, null));
        org.fazhi.model.person.Person head = server.person(county, "多表单县长", "县长",
                org.fazhi.model.person.LeaderCategory.PRINCIPAL);
        duties.plans().plan(org.fazhi.model.account.Actor.SYSTEM, 2024, county.id());
        long item = duties.items().list(org.fazhi.model.account.Actor.SYSTEM, new org.fazhi.duty.duties.DutyFilter(null,
                2024, head.id(), "YEAR_END_REPORT", null, null, null), new org.fazhi.model.Page(1, 0)).items().get(0).id();
        browser.signIn(TestServer.ADMIN);
        browser.open("/duties/items/" + item);
        note("退回两次的说明", "");
        browser.waitFor("refused", () -> !driver.findElements(By.cssSelector("#note-form [name=text][aria-invalid=true]")).isEmpty());
        note("退回两次的说明", "说明的内容");
        browser.waitFor("added", () -> driver.getCurrentUrl().contains("msg="));
        String after = driver.getCurrentUrl();
        assertEquals(1, duties.evidence().list(org.fazhi.model.account.Actor.SYSTEM, item).size());

        driver.navigate().back();
        driver.navigate().back();
        browser.waitFor("the item as first opened", () -> driver.getCurrentUrl().endsWith("/duties/items/" + item)
                && !driver.findElements(By.id("note-form")).isEmpty());
        note("退回两次的说明", "说明的内容");
        browser.waitFor("answered", () -> !driver.getCurrentUrl().endsWith("/duties/items/" + item));
        assertEquals(after, driver.getCurrentUrl(), "添加情况说明 lands where the note was added");
        assertEquals(1, duties.evidence().list(org.fazhi.model.account.Actor.SYSTEM, item).size(), "added once");
    }

    /** Types a 情况说明 (the browser's own check off, so an empty text goes to the server) and sends it. */
    private static void note(String title, String text) {
        org.openqa.selenium.WebElement form = driver.findElement(By.id("note-form"));
        driver.executeScript("arguments[0].noValidate = true", form);
        form.findElement(By.name("title")).clear();
        form.findElement(By.name("title")).sendKeys(title);
        form.findElement(By.name("text")).clear();
        form.findElement(By.name("text")).sendKeys(text);
        form.findElement(By.xpath(".//button[normalize-space()='添加情况说明']")).click();
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
