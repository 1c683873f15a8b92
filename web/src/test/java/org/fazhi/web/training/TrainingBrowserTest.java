package org.fazhi.web.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Outcome;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The law-training pages in a real headless Chromium: logging a session through the form (law
 * type-ahead, live 参学率, the unit's people loaded by the script), a refused form keeping what was
 * typed, and entering a batch's results through the fast-entry table, typed and pasted. One server
 * and one browser for the class; each test signs in for itself and makes its own records.
 */
class TrainingBrowserTest extends BrowserCase {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private static LawTraining training;
    private static Org county;

    @BeforeAll
    static void start() throws IOException {
        training = server.server().training();
        county = org("浏览器学法县人民政府", OrgKind.COUNTY_GOV, null);
    }

    // ---- 学法 ----

    @Test
    void aSessionLoggedThroughTheFormWithALawFromTheTypeAheadAppearsInTheList() {
        Org dept = org("浏览器司法局" + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county.id());
        String topic = "学习新修订的行政复议法" + SEQ.incrementAndGet();
        int year = LocalDate.now().getYear() - 1;
        browser.signIn(TestServer.ADMIN);
        browser.open("/study-sessions");
        driver.findElement(By.xpath("//a[normalize-space()='新增学法记录']")).click();
        browser.waitFor("the form", () -> browser.path().equals("/study-sessions/new"));

        browser.choose("orgId", String.valueOf(dept.id()));
        WebElement date = driver.findElement(By.name("date"));
        typeDate(date, year, "03", "15");
        assertEquals(year + "-03-15", date.getDomProperty("value"), "the date picker took the date");
        browser.choose("kind", "COLLECTIVE");
        driver.findElement(By.name("topic")).sendKeys(topic);

        // The laws box became one entry per law, with suggestions from the catalogue.
        WebElement law = driver.findElement(By.id("law-1"));
        assertFalse(driver.findElement(By.id("laws")).isDisplayed(), "the plain box gives way to the entries");
        law.sendKeys("行政复议");
        browser.waitFor("suggestions for 行政复议", () -> "行政复议".equals(driver.findElement(By.id("law-entries")).getDomAttribute("data-suggested")));
        assertTrue(suggestions().contains("中华人民共和国行政复议法"), suggestions().toString());
        assertTrue(suggestions().stream().allMatch(s -> s.contains("行政复议")), "only matching titles: " + suggestions());
        law.clear();
        law.sendKeys("中华人民共和国行政复议法");
        browser.waitFor("a new empty entry", () -> driver.findElements(By.cssSelector("#law-entries input")).size() == 2);
        driver.findElement(By.id("law-2")).sendKeys("本县行政规范性文件");

        driver.findElement(By.name("lecturer")).sendKeys("县司法局王律师");
        driver.findElement(By.name("minutes")).sendKeys("45");
        driver.findElement(By.name("expected")).sendKeys("20");
        driver.findElement(By.name("attended")).sendKeys("28");
        assertEquals("实到多于应到", driver.findElement(By.id("rate")).getText(), "never a rate over 100 %");
        driver.findElement(By.name("attended")).clear();
        driver.findElement(By.name("attended")).sendKeys("18");
        assertEquals("90.0%", driver.findElement(By.id("rate")).getText(), "参学率 shown as the numbers are typed");
        browser.button("保存").click();

        browser.waitFor("the list after saving", () -> browser.path().equals("/study-sessions") && driver.getPageSource().contains(topic));
        assertEquals("已新建。", driver.findElement(By.cssSelector(".notice.ok")).getText());
        WebElement row = driver.findElement(By.xpath("//table//tr[td[contains(., '" + topic + "')]]"));
        String text = row.getText();
        for (String part : List.of(year + "-03-15", dept.name(), "集体学法", "县司法局王律师", "45分钟", "20/18", "90.0%",
                "中华人民共和国行政复议法、本县行政规范性文件")) {
            assertTrue(text.contains(part), part + " in the row: " + text);
        }
        StudySession stored = training.sessions().list(Actor.SYSTEM, new SessionFilter(dept.id(), null, null, null), Page.FIRST)
                .items().get(0);
        assertEquals(List.of("中华人民共和国行政复议法", "本县行政规范性文件"), stored.laws());
        browser.assertNoErrors();
    }

    @Test
    void tickingTheUnitsPeopleDerivesTheNumbers() {
        Org dept = org("浏览器勾选局" + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county.id());
        Person a = person(dept, "甲浏览");
        Person b = person(dept, "乙浏览");
        person(dept, "丙浏览");
        String topic = "勾选人员学法" + SEQ.incrementAndGet();
        browser.signIn(TestServer.ADMIN);
        browser.open("/study-sessions/new");
        browser.choose("orgId", String.valueOf(dept.id()));
        browser.waitFor("the unit's people", () -> driver.findElements(By.cssSelector("#people-list input[name=attendee]")).size() == 3);
        driver.findElement(By.name("topic")).sendKeys(topic);
        driver.findElement(By.cssSelector("input[name=attendee][value='" + a.id() + "']")).click();
        driver.findElement(By.cssSelector("input[name=attendee][value='" + b.id() + "']")).click();
        driver.findElement(By.name("status_" + b.id())).findElement(By.cssSelector("option[value=LEAVE]")).click();

        WebElement expected = driver.findElement(By.name("expected"));
        assertEquals("2", expected.getDomProperty("value"));
        assertEquals("1", driver.findElement(By.name("attended")).getDomProperty("value"));
        assertEquals("true", driver.findElement(By.name("attended")).getDomProperty("readOnly"), "实到 is the list's, not typed");
        assertEquals("2", expected.getDomAttribute("min"), "应到 may be typed, never below the ticked");
        assertEquals("50.0%", driver.findElement(By.id("rate")).getText());
        browser.button("保存").click();
        browser.waitFor("the list", () -> browser.path().equals("/study-sessions") && driver.getPageSource().contains(topic));
        StudySession s = training.sessions().list(Actor.SYSTEM, new SessionFilter(dept.id(), null, null, null), Page.FIRST)
                .items().get(0);
        assertEquals(org.fazhi.training.study.StudyKind.COLLECTIVE, s.kind(),
                "a department's session takes a department's usual kind, not a government's 常务会议会前学法");
        assertEquals(2, s.expected());
        assertEquals(1, s.attended());
        assertEquals(2, training.sessions().get(Actor.SYSTEM, s.id()).attendees().size());
    }

    /**
     * Back to the new form, fetched anew: the browser puts back the unit and the kind the clerk chose (after the form's
     * script has run); the unit's people are listed again, and choosing a unit keeps the chosen kind.
     */
    @Test
    void backToTheNewFormKeepsTheUnitItsPeopleAndTheChosenKind() {
        Org dept = org("浏览器返回局" + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county.id());
        Org other = org("浏览器另一局" + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county.id());
        person(dept, "返回甲");
        browser.signIn(TestServer.ADMIN);
        browser.open("/study-sessions/new");
        browser.choose("orgId", String.valueOf(dept.id()));
        browser.waitFor("the unit's people", () -> driver.findElement(By.id("people-list")).getText().contains("返回甲"));
        assertEquals("COLLECTIVE", driver.findElement(By.name("kind")).getDomProperty("value"), "the unit's usual kind");
        browser.choose("kind", "LECTURE");
        driver.findElement(By.name("topic")).sendKeys("返回后的讲座");
        browser.open("/");
        driver.navigate().back();
        browser.waitFor("the form again, its fields put back", () -> browser.path().equals("/study-sessions/new")
                && "返回后的讲座".equals(driver.findElement(By.name("topic")).getDomProperty("value")));
        assertEquals(String.valueOf(dept.id()), driver.findElement(By.name("orgId")).getDomProperty("value"));
        assertEquals("LECTURE", driver.findElement(By.name("kind")).getDomProperty("value"));
        browser.waitFor("its people again", () -> driver.findElement(By.id("people-list")).getText().contains("返回甲"));
        browser.choose("orgId", String.valueOf(other.id()));
        browser.choose("orgId", String.valueOf(dept.id()));
        assertEquals("LECTURE", driver.findElement(By.name("kind")).getDomProperty("value"),
                "choosing a unit keeps the kind the clerk chose");
        browser.assertNoErrors();
    }

    @Test
    void aRefusedSessionShowsTheErrorBesideTheFieldAndKeepsWhatWasTyped() {
        Org dept = org("浏览器错误局" + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county.id());
        browser.signIn(TestServer.ADMIN);
        browser.open("/study-sessions/new");
        browser.choose("orgId", String.valueOf(dept.id()));
        browser.choose("kind", "LECTURE");
        driver.findElement(By.name("topic")).sendKeys("应到少于实到的讲座");
        driver.findElement(By.id("law-1")).sendKeys("中华人民共和国民法典");
        driver.findElement(By.name("lecturer")).sendKeys("留下的主讲人");
        driver.findElement(By.name("expected")).sendKeys("5");
        driver.findElement(By.name("attended")).sendKeys("8");
        browser.button("保存").click();

        browser.waitFor("the form again with its error", () -> !driver.findElements(By.cssSelector(".field-error")).isEmpty());
        WebElement error = driver.findElement(By.xpath("//input[@name='attended']/following-sibling::span[@class='field-error']"));
        assertTrue(error.getText().contains("实到人数(8)不能超过应到人数(5)"), error.getText());
        assertTrue(error.isDisplayed());
        assertEquals("rgba(161, 29, 29, 1)", error.getCssValue("color"), "the message is shown in red");
        assertEquals("true", driver.findElement(By.name("attended")).getDomAttribute("aria-invalid"));
        assertEquals(1, driver.findElements(By.cssSelector(".field-error")).size(), "only that field is at fault");
        assertEquals("应到少于实到的讲座", value("topic"));
        assertEquals("留下的主讲人", value("lecturer"));
        assertEquals("5", value("expected"));
        assertEquals("8", value("attended"));
        assertEquals("LECTURE", value("kind"));
        assertEquals(String.valueOf(dept.id()), value("orgId"));
        assertEquals("中华人民共和国民法典", driver.findElement(By.id("law-1")).getDomProperty("value"), "the law entry is rebuilt");
        assertEquals(0, training.sessions().list(Actor.SYSTEM, new SessionFilter(dept.id(), null, null, null), Page.FIRST).total());
    }

    // ---- 任前考法 ----

    @Test
    void resultsTypedAndPastedIntoTheFastEntryTableAreSavedAtOnceWithTheirOutcomes() {
        Org dept = org("浏览器考法局" + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county.id());
        Org other = org("浏览器财政局" + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county.id());
        ExamBatch batch = training.exams().createBatch(Actor.SYSTEM, new ExamBatch(null, dept.id(), LocalDate.now().minusDays(3),
                Track.NON_NPC, "A", 100, 60, ExamMode.WRITTEN, "浏览器批次" + SEQ.incrementAndGet(), 0));
        browser.signIn(TestServer.ADMIN);
        browser.open("/tests/" + batch.id());
        browser.waitFor("the fast-entry table", () -> driver.findElement(By.id("fast-entry")).isDisplayed());

        // Typed: Enter moves to the next cell, as people expect of an entry table.
        cellOf(0, "name").click();
        active().sendKeys("周录入", Keys.ENTER);
        active().sendKeys(dept.name(), Keys.ENTER);
        active().sendKeys("科员", Keys.ENTER);
        active().sendKeys("副科长", Keys.TAB);
        active().sendKeys("45");
        assertEquals("45", cellOf(0, "score").getDomProperty("value"));
        assertEquals(dept.name(), cellOf(0, "unit").getDomProperty("value"));

        // Pasted: two rows copied from Excel (tab-separated) into the next row's name cell.
        cellOf(1, "name").click();
        ((JavascriptExecutor) driver).executeScript(
                "var dt = new DataTransfer(); dt.setData('text/plain', arguments[0]);"
                        + "document.activeElement.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));",
                "吴粘贴\t" + other.name() + "\t副科长\t副局长\t150\t\r\n郑缺考\t" + dept.name() + "\t科长\t副局长\t\t是\r\n");
        assertEquals("吴粘贴", cellOf(1, "name").getDomProperty("value"));
        assertEquals(other.name(), cellOf(1, "unit").getDomProperty("value"));
        assertEquals("郑缺考", cellOf(2, "name").getDomProperty("value"));
        assertEquals("true", cellOf(2, "absent").getDomProperty("checked"), "是 in the 缺考 column ticks the box");
        assertTrue(driver.findElements(By.cssSelector("#entry-table tbody tr")).size() >= 4, "an empty row waits at the end");

        // A score above the full mark: the server refuses the lot and names the row; nothing is saved.
        driver.findElement(By.id("entry-save")).click();
        browser.waitFor("the refusal", () -> driver.findElement(By.id("entry-error")).isDisplayed());
        String message = driver.findElement(By.id("entry-error")).getText();
        assertTrue(message.startsWith("第2行:") && message.contains("超过满分") && message.contains("没有保存任何成绩"), message);
        assertTrue(driver.findElements(By.cssSelector("#entry-table tbody tr")).get(1).getDomAttribute("class").contains("bad"),
                "the row at fault is marked");
        assertTrue(training.exams().results(Actor.SYSTEM, batch.id()).isEmpty(), "all or none");

        WebElement score = cellOf(1, "score");
        score.clear();
        score.sendKeys("88");
        driver.findElement(By.id("entry-save")).click();

        browser.waitFor("the batch page with the saved results", () -> driver.getCurrentUrl().contains("msg=results"));
        assertEquals("已保存 3 条成绩。", driver.findElement(By.cssSelector(".notice.ok")).getText());
        assertEquals("不合格,暂缓任用", outcomeOf("周录入"));
        assertEquals("合格", outcomeOf("吴粘贴"));
        assertEquals("缺考", outcomeOf("郑缺考"));
        List<ExamResult> stored = training.exams().results(Actor.SYSTEM, batch.id());
        assertEquals(3, stored.size());
        assertTrue(stored.stream().anyMatch(r -> r.name().equals("吴粘贴") && r.orgId() == other.id() && r.score() == 88.0
                && "副局长".equals(r.proposedPost())));
    }

    @Test
    void aRetakeIsEnteredByChoosingTheEarlierDeferredResult() {
        Org dept = org("浏览器补考局" + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county.id());
        LocalDate day = LocalDate.now().minusDays(20);
        ExamBatch first = training.exams().createBatch(Actor.SYSTEM, new ExamBatch(null, dept.id(), day, Track.NON_NPC, "A",
                100, 60, ExamMode.WRITTEN, null, 0));
        String name = "冯补考" + SEQ.incrementAndGet();
        ExamResult failed = training.exams().addResult(Actor.SYSTEM, first.id(), new ExamResult(null, 0, name, null, dept.id(),
                "科员", "副科长", 50.0, false, null, null));
        assertEquals(Outcome.DEFERRED, failed.outcome());
        ExamBatch second = training.exams().createBatch(Actor.SYSTEM, new ExamBatch(null, dept.id(), day.plusDays(10),
                Track.NON_NPC, "B", 100, 60, ExamMode.WRITTEN, null, 0));
        browser.signIn(TestServer.ADMIN);
        browser.open("/tests/" + second.id());
        browser.waitFor("the fast-entry table", () -> driver.findElement(By.id("fast-entry")).isDisplayed());

        WebElement retake = driver.findElements(By.cssSelector("#entry-table tbody tr")).get(0)
                .findElement(By.cssSelector("select[data-col=retakeOf]"));
        retake.findElement(By.cssSelector("option[value='" + failed.id() + "']")).click();
        assertEquals(name, cellOf(0, "name").getDomProperty("value"), "the earlier result fills in the name");
        assertEquals(dept.name(), cellOf(0, "unit").getDomProperty("value"), "and the unit");
        cellOf(0, "score").sendKeys("76");
        driver.findElement(By.id("entry-save")).click();

        browser.waitFor("the saved retake", () -> driver.getCurrentUrl().contains("msg=results"));
        assertEquals("补考合格", outcomeOf(name));
        assertTrue(driver.findElement(By.xpath("//table[@id='results']//tr[td[normalize-space()='" + name + "']]")).getText()
                .contains("补考(原 " + day + " 批次,50分)"));
    }

    // ---- helpers ----

    private static Org org(String name, OrgKind kind, Long parentId) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parentId));
    }

    private static Person person(Org org, String name) {
        return server.person(org, name, "干部", LeaderCategory.STAFF);
    }

    /** Types a date into a date field segment by segment, in the order the browser's locale shows them. */
    private static void typeDate(WebElement field, int year, String month, String day) {
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2025, 2, 15))"
                        + ".filter(function (p) { return p.type !== 'literal'; }).map(function (p) { return p.type; });");
        StringBuilder keys = new StringBuilder();
        for (String part : order) {
            keys.append(switch (part) {
                case "year" -> String.valueOf(year);
                case "month" -> month;
                default -> day;
            });
        }
        field.sendKeys(keys.toString());
    }

    private static WebElement cellOf(int row, String col) {
        return driver.findElements(By.cssSelector("#entry-table tbody tr")).get(row)
                .findElement(By.cssSelector("[data-col=" + col + "]"));
    }

    private static WebElement active() {
        return driver.switchTo().activeElement();
    }

    private static String outcomeOf(String name) {
        return driver.findElement(By.xpath("//table[@id='results']//tr[td[normalize-space()='" + name + "']]//span[contains(@class,'outcome')]"))
                .getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> suggestions() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.prototype.map.call(document.querySelectorAll('#law-options option'), function (o) { return o.value; });");
    }

    private static String value(String name) {
        return driver.findElement(By.name(name)).getDomProperty("value");
    }
}
