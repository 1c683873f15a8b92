package org.fazhi.web.duties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.duty.duties.ReviewState;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.files.FileStore;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The evidence upload in a real headless Chromium: the unit's organiser opens a duty item, picks a
 * photo with the file input and uploads it; the page previews the image (it really decodes) and
 * shows the file's SHA-256; the unit submits, the county's organiser approves, and the board counts
 * the item as done. Everything under the strict CSP, with no errors in the browser's console.
 */
class DutyBrowserTest extends BrowserCase {
    private static final int YEAR = 2024;

    private static Duties duties;
    private static Path files;

    @BeforeAll
    static void start() throws IOException {
        duties = server.server().duty().duties();
        files = Files.createTempDirectory("fazhi-evidence");
    }

    @AfterAll
    static void deleteFiles() {
        Chromium.deleteQuietly(files);
    }

    @Test
    void aPhotoUploadedThroughThePageIsPreviewedWithItsHashThenSubmittedApprovedAndCountedDone() throws IOException {
        Org county = org("浏览器县人民政府", null);
        Org justice = org("浏览器县司法局", county);
        Person head = server.services().people().create(Actor.SYSTEM,
                Person.draft(justice.id(), "周局长", "局长", LeaderCategory.PRINCIPAL));
        server.person(county, "吴县长", "县长", LeaderCategory.PRINCIPAL);
        assertEquals(7 + 5, duties.plans().plan(Actor.SYSTEM, YEAR, county.id()), "a 司法局's head has no 政府常务会议 duties");
        server.createUser("justice-clerk", Role.ORGANISER, justice.id());
        server.createUser("county-office", Role.ORGANISER, county.id());
        DutyItem item = duties.items().list(Actor.SYSTEM, new DutyFilter(null, YEAR, head.id(), "YEAR_END_REPORT",
                null, null, null), new Page(1, 0)).items().get(0);
        Path photo = files.resolve("述法会议照片.png");
        Files.write(photo, png(40, 30));
        String sha = FileStore.sha256(Files.readAllBytes(photo));

        // The unit's organiser finds the item in the list and opens it.
        browser.signIn("justice-clerk");
        browser.open("/duties/items?year=" + YEAR);
        driver.findElement(By.linkText(item.title())).click();
        browser.waitFor("the item's page", () -> browser.path().equals("/duties/items/" + item.id()));

        WebElement upload = driver.findElement(By.id("upload-form"));
        upload.findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toString());
        upload.findElement(By.name("title")).sendKeys("年终述职会议上述法");
        assertEquals(duties.items().today().toString(), upload.findElement(By.name("effectiveDate")).getDomProperty("value"),
                "the date the work happened starts as today");
        upload.findElement(By.xpath(".//button[normalize-space()='上传']")).click();
        browser.waitFor("the uploaded evidence", () -> driver.getCurrentUrl().contains("msg=uploaded"));

        WebElement img = driver.findElement(By.cssSelector("img.evidence-preview"));
        browser.waitFor("the preview to load", () -> Boolean.TRUE.equals(js("return arguments[0].complete;", img)));
        assertEquals(40L, js("return arguments[0].naturalWidth;", img), "the image really decoded in the page");
        assertEquals(30L, js("return arguments[0].naturalHeight;", img));
        WebElement hash = driver.findElement(By.cssSelector(".evidence-item code.sha"));
        assertEquals(sha, hash.getDomAttribute("title"), "the SHA-256 shown is the file's");
        assertEquals(sha.substring(0, 12) + "…", hash.getText());
        assertTrue(driver.findElement(By.cssSelector(".evidence-item")).getText().contains("年终述职会议上述法"));

        // The unit submits it for review.
        driver.findElement(By.id("submit-form")).findElement(By.xpath(".//button[normalize-space()='提交审核']")).click();
        browser.waitFor("submitted", () -> driver.getCurrentUrl().contains("msg=submitted"));
        assertEquals("待审核", driver.findElement(By.id("item-review")).getText());
        browser.assertNoErrors();

        // The county's organiser approves it.
        browser.signIn("county-office");
        browser.open("/duties/items?year=" + YEAR + "&reviewState=SUBMITTED");
        driver.findElement(By.linkText(item.title())).click();
        browser.waitFor("the item's page", () -> browser.path().equals("/duties/items/" + item.id()));
        WebElement decide = driver.findElement(By.id("decide-form"));
        decide.findElement(By.name("comment")).sendKeys("照片清晰,材料齐全");
        decide.findElement(By.xpath(".//button[normalize-space()='审核通过']")).click();
        browser.waitFor("approved", () -> driver.getCurrentUrl().contains("msg=approved"));
        assertEquals("已完成", driver.findElement(By.id("item-status")).getText());
        assertEquals("已通过", driver.findElement(By.id("item-review")).getText());
        String trail = driver.findElement(By.id("review-trail")).getText();
        assertTrue(trail.contains("提交审核") && trail.contains("审核通过") && trail.contains("照片清晰,材料齐全")
                && trail.contains("county-office") && trail.contains("justice-clerk"), trail);
        DutyItem stored = duties.items().get(Actor.SYSTEM, item.id());
        assertEquals(DutyStatus.DONE, stored.status());
        assertEquals(ReviewState.APPROVED, stored.reviewState());

        // The board counts it.
        browser.open("/duties?year=" + YEAR);
        assertEquals("12", driver.findElement(By.id("fig-total")).getText());
        assertEquals("1", driver.findElement(By.id("fig-done")).getText());
        WebElement row = driver.findElement(By.xpath("//table[@id='person-progress']//tr[td/a[normalize-space()='周局长']]"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertEquals("5", cells.get(2).getText(), "周局长's items");
        assertEquals("1", cells.get(3).getText(), "one of them done");
        assertTrue(cells.get(6).getText().contains("20.0%"), "1 ÷ 5 = 20.0%: " + cells.get(6).getText());
        browser.assertNoErrors();
    }

    /**
     * Two notes added one after the other land on one address (?msg=…) in two history entries; the page left and come
     * back to by Back is fetched anew (the tests run without a back/forward cache). A third note sent from it is a
     * new form, saved — not answered as the second one was (app.js keeps a sent form's token in its own entry only).
     */
    @Test
    void aNoteAddedAfterLeavingThePageASaveLandedOnAndComingBackIsSaved() {
        Org county = org("往返县人民政府", null);
        Org justice = org("往返县司法局", county);
        Person head = server.services().people().create(Actor.SYSTEM,
                Person.draft(justice.id(), "郑局长", "局长", LeaderCategory.PRINCIPAL));
        duties.plans().plan(Actor.SYSTEM, YEAR, county.id());
        DutyItem item = duties.items().list(Actor.SYSTEM, new DutyFilter(null, YEAR, head.id(), "YEAR_END_REPORT",
                null, null, null), new Page(1, 0)).items().get(0);
        browser.signIn(org.fazhi.web.support.TestServer.ADMIN);
        browser.open("/duties/items/" + item.id());
        note("说明一");
        String landed = driver.getCurrentUrl();
        note("说明二");
        assertEquals(landed, driver.getCurrentUrl(), "both saves land on one address");
        browser.open("/");
        driver.navigate().back();
        browser.waitFor("the item's page again", () -> driver.getCurrentUrl().equals(landed)
                && !driver.findElements(By.id("note-form")).isEmpty());
        note("说明三");
        List<String> notes = duties.evidence().list(Actor.SYSTEM, item.id()).stream().map(e -> e.title()).toList();
        assertEquals(3, notes.size(), "the third note is saved: " + notes);
        assertEquals(java.util.Set.of("说明一", "说明二", "说明三"), java.util.Set.copyOf(notes));
        browser.assertNoErrors();
    }

    /** Adds a 情况说明 through the item page's form and waits for the page the save lands on. */
    private static void note(String title) {
        js("document.body.setAttribute('data-before-save', '1')");
        WebElement form = driver.findElement(By.id("note-form"));
        form.findElement(By.name("title")).sendKeys(title);
        form.findElement(By.name("text")).sendKeys(title + "的内容");
        form.findElement(By.xpath(".//button[normalize-space()='添加情况说明']")).click();
        browser.waitFor("the saved page", () -> driver.findElement(By.tagName("body")).getDomAttribute("data-before-save") == null
                && driver.getCurrentUrl().contains("msg="));
    }

    private static Org org(String name, Org parent) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, parent == null ? OrgKind.COUNTY_GOV
                : OrgKind.DEPARTMENT, parent == null ? null : parent.id()));
    }

    /** A small two-colour picture, as a phone photo would be (only smaller). */
    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x8b1d1d));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
