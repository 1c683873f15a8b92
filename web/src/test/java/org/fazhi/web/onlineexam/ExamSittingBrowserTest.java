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

    /** A unit's batch with an online exam over the bank (its questions' stems marked {@code mark}) and one candidate. */
    private record Seated(Http admin, long unit, long batch, long exam, String code) {
    }

    private static Seated seat(String unit, String mark, String date, String name) {
        Http admin = server.login(TestServer.ADMIN);
        Org org = server.org(unit, OrgKind.COUNTY_GOV, null);
        ExamBank.fill(server, mark);
        long[] ids = ExamBank.exam(admin, org.id(), date);
        return new Seated(admin, org.id(), ids[0], ids[1], ExamBank.code(admin, ids[1], org.id(), name));
    }

    @Test
    void aCandidateSignsInOnAPhoneAnswersReloadsAndSubmits() {
        driver.manage().window().setSize(new Dimension(390, 844));
        Seated seated = seat("某县人民政府", "", "2024-05-10", "张三");
        Http admin = seated.admin();
        long[] ids = {seated.batch(), seated.exam()};
        String code = seated.code();

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

    /**
     * The organiser's page follows the sittings by itself: a candidate (on the API, as the phone's script does) signs
     * in, answers and submits, and the row shows 答题中, the answers counted, then 已交卷 with its score, with no reload
     * (a mark set on the page's DOM survives to prove it).
     */
    @Test
    void theOrganisersPageShowsASubmissionWithoutAReload() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        Seated seated = seat("某县司法局", "实时", "2024-05-11", "李四");
        String code = seated.code();
        long candidate = seated.admin().get("/api/exams/" + seated.exam() + "/candidates").json().get(0).get("id").asLong();

        browser.signIn(TestServer.ADMIN);
        browser.open("/tests/" + seated.batch() + "/exam");
        WebElement row = driver.findElement(By.cssSelector("#exam-candidates tr[data-candidate='" + candidate + "']"));
        assertEquals("未登录", row.findElement(By.cssSelector("[data-field='status']")).getText());
        driver.executeScript("document.body.setAttribute('data-not-reloaded', '1')");

        Http.Res login = server.anonymous().post("/api/exam-login", Map.of("code", code));
        assertEquals(200, login.status(), login.body());
        Http phone = server.anonymous().withToken(login.json().get("token").asText());
        browser.waitFor("答题中 on the organiser's page", () -> cell(candidate, "status").equals("答题中"));
        // Every objective question right (乙, 对); the case question left blank scores 0 without a marker.
        for (var q : phone.get("/api/exam/paper").json().get("questions")) {
            String type = q.get("type").asText();
            if (!type.equals("CASE")) {
                String answer = type.equals("TRUE_FALSE") ? "对" : String.valueOf((char) ('A'
                        + java.util.stream.IntStream.range(0, q.get("options").size())
                        .filter(i -> q.get("options").get(i).asText().startsWith("乙")).findFirst().orElseThrow()));
                assertEquals(200, phone.put("/api/exam/answers/" + q.get("id").asLong(), Map.of("answer", answer)).status());
            }
        }
        browser.waitFor("the answers counted", () -> cell(candidate, "progress").equals("已答 6/7"));
        assertEquals("", cell(candidate, "score"));
        Http.Res done = phone.post("/api/exam/submit", Map.of());
        assertEquals(200, done.status(), done.body());
        browser.waitFor("已交卷 on the organiser's page", () -> cell(candidate, "status").equals("已交卷"));
        assertEquals("已答 6/7", cell(candidate, "progress"));
        browser.waitFor("the score", () -> cell(candidate, "score").equals("80"));
        assertEquals("1", driver.findElement(By.tagName("body")).getDomAttribute("data-not-reloaded"), "the page was not reloaded");
        browser.assertNoErrors();
    }

    /**
     * The exam's unit becomes a received one (报送) while the candidate sits: the submit is refused 403, and the page
     * says why and stops — no clock restarted, so no submit again every few seconds once the time is up.
     */
    @Test
    void aSubmitRefusedBecauseTheUnitIsNowReceivedStopsTheClockAndSaysWhy() {
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            Seated seated = seat("某县财政局", "报送", "2024-05-12", "王五");
            browser.open("/exam");
            browser.waitFor("the code entry", () -> driver.findElement(By.id("exam-login")).isDisplayed());
            driver.findElement(By.id("exam-code")).sendKeys(seated.code());
            driver.findElement(By.id("exam-start")).click();
            browser.waitFor("the paper", () -> questions().size() == 7);
            server.server().database().jdbi().useHandle(h -> h.execute(
                    "INSERT INTO received_units (org_id, received_at) VALUES (?, ?)", seated.unit(), "2024-05-12T08:00:00Z"));

            driver.findElement(By.id("exam-submit")).click();
            browser.dialog().accept();
            browser.waitFor("the refusal", () -> driver.findElement(By.id("exam-status")).getText()
                    .equals("交卷失败:该单位的数据由报送包接收,在此只读"));
            assertFalse(driver.findElement(By.id("exam-clock")).isDisplayed(), "the clock is stopped");
            assertFalse(driver.findElement(By.id("exam-submit")).isEnabled(), "no submit to repeat");
            assertEquals("SITTING", seated.admin().get("/api/exams/" + seated.exam() + "/candidates").json().get(0)
                    .get("status").asText(), "nothing submitted");
            // The refused request is the console's only complaint.
            browser.assertNoErrorsBut("/api/exam/submit - Failed to load resource: the server responded with a status of 403");
        } finally {
            // The page keeps its sign-in for a reload; the next test's candidate starts signed out.
            driver.executeScript("localStorage.clear()");
        }
    }

    /**
     * A candidate's phone dies mid-exam: the organiser clicks 重发登录码 on their row (the confirmation names them), the
     * sheet shows their one new code, and another phone signs in with it to the same paper, the answer already given
     * still there. Their submit then shows on the organiser's page with no reload: "待阅 1" linked to the case
     * question's marking, the marking list's count 1, and no 重发登录码 for a submitted paper.
     */
    @Test
    void aCandidateWhosePhoneDiedGetsANewCodeFromTheRowAndTheirSubmitLinksToMarking() {
        try {
            driver.manage().window().setSize(new Dimension(1280, 900));
            Seated seated = seat("某县交通运输局", "换机", "2024-05-13", "赵六");
            Http admin = seated.admin();
            long candidate = admin.get("/api/exams/" + seated.exam() + "/candidates").json().get(0).get("id").asLong();
            Http.Res login = server.anonymous().post("/api/exam-login", Map.of("code", seated.code()));
            assertEquals(200, login.status(), login.body());
            Http oldPhone = server.anonymous().withToken(login.json().get("token").asText());
            long caseId = 0;
            for (var q : oldPhone.get("/api/exam/paper").json().get("questions")) {
                if (q.get("type").asText().equals("CASE")) {
                    caseId = q.get("id").asLong();
                }
            }
            assertEquals(200, oldPhone.put("/api/exam/answers/" + caseId, Map.of("answer", "换机前写下的作答")).status());

            browser.signIn(TestServer.ADMIN);
            String exam = "/tests/" + seated.batch() + "/exam";
            browser.open(exam);
            assertEquals("答题中", cell(candidate, "status"));
            driver.findElement(By.cssSelector("#exam-candidates tr[data-candidate='" + candidate + "'] form.reissue button")).click();
            var confirm = browser.dialog();
            assertTrue(confirm.getText().contains("将为“赵六”重新生成登录码") && confirm.getText().contains("已作答的内容和结束时间不变"),
                    confirm.getText());
            confirm.accept();
            browser.waitFor("the code sheet", () -> !driver.findElements(By.cssSelector(".exam-slip")).isEmpty());
            List<WebElement> slips = driver.findElements(By.cssSelector(".exam-slip"));
            assertEquals(1, slips.size(), "their slip only");
            assertTrue(slips.get(0).getText().contains("赵六"));
            String code = slips.get(0).findElement(By.cssSelector("strong.big")).getText().replace(" ", "");

            // The other phone: the candidates' page with the new code, the paper as left.
            browser.open("/exam");
            browser.waitFor("the code entry", () -> driver.findElement(By.id("exam-login")).isDisplayed());
            driver.findElement(By.id("exam-code")).sendKeys(code);
            driver.findElement(By.id("exam-start")).click();
            browser.waitFor("the paper", () -> questions().size() == 7);
            assertEquals("换机前写下的作答", question("CASE", 0).findElement(By.tagName("textarea")).getDomProperty("value"));
            String token = (String) driver.executeScript("return localStorage.getItem('fazhi-exam-token')");
            driver.executeScript("localStorage.clear()");
            Http newPhone = server.anonymous().withToken(token);
            assertEquals(login.json().get("endsAt").asText(), newPhone.get("/api/exam/paper").json().get("endsAt").asText(),
                    "the end time is kept");

            browser.open(exam);
            driver.executeScript("document.body.setAttribute('data-not-reloaded', '1')");
            assertEquals("0", driver.findElement(By.cssSelector("#exam-marking li[data-variant='A'] [data-field='waiting']")).getText());
            assertEquals(200, newPhone.post("/api/exam/submit", Map.of()).status());
            browser.waitFor("待阅 1 linked", () -> cell(candidate, "progress").equals("已答 1/7,待阅 1"));
            WebElement link = driver.findElement(By.cssSelector("#exam-candidates tr[data-candidate='" + candidate
                    + "'] [data-field='progress'] a"));
            assertEquals("/tests/" + seated.batch() + "/exam/marking?question=" + caseId, link.getDomAttribute("href"));
            browser.waitFor("the marking list's count", () -> driver.findElement(
                    By.cssSelector("#exam-marking li[data-variant='A'] [data-field='waiting']")).getText().equals("1"));
            assertFalse(driver.findElement(By.cssSelector("#exam-candidates tr[data-candidate='" + candidate + "'] form.reissue"))
                    .isDisplayed(), "no new code for a submitted paper");
            assertEquals("1", driver.findElement(By.tagName("body")).getDomAttribute("data-not-reloaded"), "the page was not reloaded");
            browser.assertNoErrors();

            link.click();
            browser.waitFor("the marking page", () -> driver.getPageSource().contains("换机前写下的作答"));

            // On a phone the page, its row actions and marking list included, is no wider than the screen.
            ExamBank.code(admin, seated.exam(), seated.unit(), "未到的考生");
            driver.manage().window().setSize(new Dimension(390, 844));
            browser.open(exam);
            assertTrue(driver.findElement(By.cssSelector("#exam-candidates form.reissue button")).isDisplayed());
            assertTrue((Long) driver.executeScript("return document.documentElement.scrollWidth") <= 390,
                    "scrollWidth " + driver.executeScript("return document.documentElement.scrollWidth"));
        } finally {
            driver.executeScript("localStorage.clear()");
        }
    }

    private static String cell(long candidate, String field) {
        return driver.findElement(By.cssSelector("#exam-candidates tr[data-candidate='" + candidate + "'] [data-field='" + field
                + "']")).getText();
    }
}
