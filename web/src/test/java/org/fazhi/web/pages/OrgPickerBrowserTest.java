package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.PersonService;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The unit picker of a county of 200 units in real Chromium: typing part of a name lists the matching
 * units with their paths, the arrow keys and Enter pick one, Esc keeps the unit chosen before, × clears
 * the filter; the filter goes out as ?orgId= and the picker names the unit after a reload; a person form
 * saves the picked unit; at a phone's width the list fits the screen.
 */
class OrgPickerBrowserTest extends BrowserCase {
    private static Org town;
    private static Org office;

    @BeforeAll
    static void county() {
        Org county = org("清河县人民政府", OrgKind.COUNTY_GOV, null);
        for (int i = 1; i <= 200; i++) {
            org("清河县第" + i + "号工作单位", OrgKind.DEPARTMENT, county.id());
        }
        town = org("桃源镇人民政府", OrgKind.TOWNSHIP, county.id());
        office = org("桃源镇司法所", OrgKind.UNIT, town.id());
        person("张三丰", office);
        person("李四光", county);
    }

    private static Org org(String name, OrgKind kind, Long parent) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parent));
    }

    private static void person(String name, Org org) {
        server.person(org, name, "科员", LeaderCategory.STAFF);
    }

    private static WebElement text() {
        return driver.findElement(By.cssSelector(".org-picker-text"));
    }

    private static String hidden(String name) {
        return driver.findElement(By.cssSelector(".org-picker input[type='hidden'][name='" + name + "']")).getAttribute("value");
    }

    private static List<WebElement> options() {
        return driver.findElements(By.cssSelector(".org-picker-list li[role='option']"));
    }

    private static boolean listShown() {
        return driver.findElement(By.cssSelector(".org-picker-list")).isDisplayed();
    }

    /** The admin, signed in afresh in a window {@code width} px wide, on {@code path}. */
    private static void signedInAt(int width, String path) {
        driver.manage().window().setSize(new Dimension(width, 900));
        browser.signIn(TestServer.ADMIN);
        browser.open(path);
    }

    /** Types {@code part} into the picker and waits for {@code count} units in its list. */
    private static void type(String part, int count) {
        WebElement t = text();
        t.click();
        t.sendKeys(part);
        browser.waitFor(count + " units for " + part, () -> listShown() && options().size() == count);
    }

    @Test
    void aFilterIsPickedWithTheKeyboardAndNamedAfterAReload() {
        signedInAt(1280, "/people");
        assertEquals("", text().getAttribute("value"));
        assertEquals(null, text().getAttribute("readonly"), "the script makes the field typeable");
        type("桃源", 2);
        assertEquals("桃源镇司法所", options().get(0).getText().split("\n")[0], "names that start with the text, shorter first");
        assertTrue(options().get(0).getText().contains("清河县人民政府 / 桃源镇人民政府 / 桃源镇司法所"), "each with its path");
        assertEquals(options().get(0).getAttribute("id"), text().getAttribute("aria-activedescendant"));
        text().sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", options().get(1).getAttribute("aria-selected"));
        assertEquals("false", options().get(0).getAttribute("aria-selected"));
        text().sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", options().get(0).getAttribute("aria-selected"), "↓ on the last unit goes round to the first");
        text().sendKeys(Keys.ENTER);
        assertFalse(listShown(), "Enter picks and closes the list");
        assertEquals("桃源镇司法所", text().getAttribute("value"));
        assertEquals(String.valueOf(office.id()), hidden("orgId"));
        text().sendKeys(Keys.ENTER);
        browser.waitFor("the filtered list", () -> driver.getCurrentUrl().contains("orgId=" + office.id()));
        String main = driver.findElement(By.tagName("main")).getText();
        assertTrue(main.contains("张三丰") && !main.contains("李四光"), main);

        driver.navigate().refresh();
        assertEquals("桃源镇司法所", text().getAttribute("value"), "the picker names the filter's unit");
        assertEquals(String.valueOf(office.id()), hidden("orgId"));
        type("第12", 11);
        text().sendKeys(Keys.ESCAPE);
        assertFalse(listShown(), "Esc closes the list");
        assertEquals("桃源镇司法所", text().getAttribute("value"), "and keeps the unit chosen before");
        assertEquals(String.valueOf(office.id()), hidden("orgId"));

        driver.findElement(By.cssSelector(".org-picker-clear")).click();
        assertEquals("", text().getAttribute("value"));
        assertEquals("", hidden("orgId"), "× clears the filter: every unit");
        browser.button("筛选").click();
        browser.waitFor("the whole list", () -> !driver.getCurrentUrl().contains("orgId=" + office.id()));
        main = driver.findElement(By.tagName("main")).getText();
        assertTrue(main.contains("张三丰") && main.contains("李四光"), main);
        browser.assertNoErrors();
    }

    @Test
    void aPersonFormSavesThePickedUnit() {
        signedInAt(1280, "/people/new");
        driver.findElement(By.name("name")).sendKeys("王小二");
        type("司法所", 1);
        text().sendKeys(Keys.ENTER);
        assertEquals(String.valueOf(office.id()), hidden("orgId"));
        browser.button("保存").click();
        browser.waitFor("back on the list", () -> browser.path().equals("/people"));
        List<Person> saved = server.services().people().list(Actor.SYSTEM,
                new PersonService.Filter(office.id(), null, "王小二"), Page.FIRST).items();
        assertEquals(1, saved.size(), "saved once");
        assertEquals(office.id(), saved.get(0).orgId(), "in the picked unit");
        browser.assertNoErrors();
    }

    @Test
    void theStudyFormListsThePeopleOfThePickedUnit() {
        signedInAt(1280, "/study-sessions/new");
        type("司法所", 1);
        text().sendKeys(Keys.ENTER);
        browser.waitFor("张三丰 of 桃源镇司法所 to attend", () -> driver.findElement(By.id("people-list")).getText().contains("张三丰"));
        assertEquals(String.valueOf(office.id()), driver.findElement(By.name("peopleOrgId")).getAttribute("value"),
                "the form's script heard the picker's change");
        browser.assertNoErrors();
    }

    /**
     * Back to the new 学法 form, fetched anew: the picked unit is there again (the browser keeps neither the hidden id
     * nor the search field), with its people, and the kind the clerk chose stays, also when the unit is picked again.
     */
    @Test
    void theStudyFormKeepsThePickedUnitAndTheChosenKindAfterBack() {
        signedInAt(1280, "/study-sessions/new");
        type("司法所", 1);
        text().sendKeys(Keys.ENTER);
        browser.waitFor("the unit's people", () -> driver.findElement(By.id("people-list")).getText().contains("张三丰"));
        browser.choose("kind", "LECTURE");
        driver.findElement(By.name("topic")).sendKeys("返回后的学法主题");
        browser.open("/");
        driver.navigate().back();
        browser.waitFor("the form again, its fields put back", () -> browser.path().equals("/study-sessions/new")
                && "返回后的学法主题".equals(driver.findElement(By.name("topic")).getDomProperty("value")));
        browser.waitFor("the picked unit", () -> String.valueOf(office.id()).equals(hidden("orgId")));
        assertEquals("桃源镇司法所", text().getDomProperty("value"));
        browser.waitFor("its people", () -> driver.findElement(By.id("people-list")).getText().contains("张三丰"));
        assertEquals("LECTURE", driver.findElement(By.name("kind")).getDomProperty("value"), "the chosen kind");
        type("司法所", 1);
        text().sendKeys(Keys.ENTER);
        assertEquals("LECTURE", driver.findElement(By.name("kind")).getDomProperty("value"),
                "picking the unit again keeps the chosen kind");
        browser.assertNoErrors();
    }

    @Test
    void atAPhonesWidthTheListFitsTheScreen() {
        signedInAt(390, "/people");
        type("清河县第1", 20);
        long wide = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(wide <= 390, "the page with the list open is " + wide + " px wide");
        WebElement list = driver.findElement(By.cssSelector(".org-picker-list"));
        assertTrue(list.getRect().getX() + list.getRect().getWidth() <= 390, "the list ends inside the screen");
        options().get(3).click();
        assertFalse(listShown(), "a tap picks");
        assertTrue(text().getAttribute("value").startsWith("清河县第1"), text().getAttribute("value"));
        browser.assertNoErrors();
    }
}
