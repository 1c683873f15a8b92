package org.fazhi.web.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The 未出庭情况 and the Word 通报 in real Chromium: a clerk records why the head was absent on the
 * hearing form, the case shows it, the 约谈 list and the 通报 tell it, and the 通报's Word download lists
 * the units that had hearings in the month (not the one without) with every absence and its 未出庭情况.
 */
class BulletinWordBrowserTest extends BrowserCase {
    private static final String FORCE = "负责人因不可抗力委托副职出庭";
    private static final String TYPED = "局长参加省政府专题会议,委托分管副局长出庭";

    private static Org county;
    private static Org justice;
    private static Org finance;
    private static Org archives;
    private static long financeCase;

    @BeforeAll
    static void start() {
        CourtClient client = new CourtClient(server);
        county = client.org("通报县人民政府", OrgKind.COUNTY_GOV, null);
        justice = client.org("通报县司法局", OrgKind.DEPARTMENT, county);
        finance = client.org("通报县财政局", OrgKind.DEPARTMENT, county);
        archives = client.org("通报县档案馆", OrgKind.DEPARTMENT, county);
        Http admin = server.login(TestServer.ADMIN);
        long j1 = newCase(admin, "(2024)通报1号", justice);
        hearing(admin, j1, Map.of("date", "2024-03-05", "headAppeared", false, "absenceReason", "FORCE_MAJEURE",
                "absenceNote", FORCE, "entrustedStaff", "王副局长"));
        hearing(admin, newCase(admin, "(2024)通报2号", justice), Map.of("date", "2024-03-10", "headAppeared", true,
                "headName", "张局长", "headCategory", "PRINCIPAL", "spoke", true));
        hearing(admin, newCase(admin, "(2024)通报3号", finance), Map.of("date", "2024-03-12", "headAppeared", true, "headName", "钱局长",
                "headCategory", "PRINCIPAL", "spoke", true));
        // A case of the 财政局 whose hearing the clerk records below, in the browser.
        financeCase = newCase(admin, "(2024)通报5号", finance);
        // The 档案馆's only hearing is in April: in March it had none.
        hearing(admin, newCase(admin, "(2024)通报4号", archives), Map.of("date", "2024-04-02", "headAppeared", true,
                "headName", "孙馆长", "headCategory", "PRINCIPAL", "spoke", false));
    }

    private static long newCase(Http admin, String caseNo, Org unit) {
        return admin.created("/api/court-cases", Map.of("caseNo", caseNo, "court", "通报县人民法院", "instance", "FIRST",
                "defendantOrgId", unit.id())).get("id").asLong();
    }

    private static void hearing(Http admin, long caseId, Map<String, Object> body) {
        admin.created("/api/court-cases/" + caseId + "/hearings", body);
    }

    @Test
    void theWordBulletinNamesTheUnitsWithHearingsAndTellsWhyHeadsWereAbsent() throws IOException {
        browser.signIn(TestServer.ADMIN);

        // A clerk records an absence on the hearing form, with what happened.
        browser.open("/court-cases/" + financeCase);
        driver.findElement(By.cssSelector("input[name='headAppeared'][value='false']")).click();
        WebElement date = driver.findElement(By.cssSelector("#add-hearing input[name='date']"));
        driver.executeScript("arguments[0].value = '2024-03-20'", date);
        browser.choose("absenceReason", "IRREPLACEABLE_DUTY");
        driver.findElement(By.name("absenceNote")).sendKeys(TYPED);
        driver.findElement(By.name("entrustedStaff")).sendKeys("李副局长");
        browser.button("保存开庭记录").click();
        browser.waitFor("the case's page after the save", () -> driver.getCurrentUrl().contains("msg=hearing-added"));
        String hearings = driver.findElement(By.cssSelector("table.hearings tbody")).getText();
        assertTrue(hearings.contains("2024-03-20") && hearings.contains("需履行他人不能代替的公务") && hearings.contains(TYPED),
                hearings);

        // The 约谈 list says why: both units are at 50%, below the line.
        browser.open("/court-cases/ranking?year=2024&month=3&orgId=" + county.id());
        WebElement section = driver.findElement(By.cssSelector("section.flags"));
        String flags = section.getText();
        assertTrue(flags.contains(FORCE) && flags.contains(TYPED), section.getAttribute("outerHTML"));

        // The 通报's page: only the units with hearings, and the absences with what happened.
        browser.open("/court-cases/bulletin?year=2024&month=3&orgId=" + county.id());
        String ranking = driver.findElement(By.cssSelector("table.ranking tbody")).getText();
        assertTrue(ranking.contains(justice.name()) && ranking.contains(finance.name()), ranking);
        assertFalse(ranking.contains(archives.name()), "no row of dashes for a unit without hearings: " + ranking);
        String article = driver.findElement(By.cssSelector("article.bulletin")).getText();
        assertTrue(article.contains("本期另有1个单位无案件开庭"), article);
        assertTrue(article.contains(FORCE) && article.contains(TYPED), article);

        // A click on the Word link downloads the same 通报 as .docx.
        Path downloads = browser.downloads();
        driver.findElement(By.cssSelector("a[data-bulletin-docx]")).click();
        Path file = browser.downloaded(downloads, ".docx");
        assertTrue(file.getFileName().toString().contains("通报"), "named after its title: " + file.getFileName());
        Word word = Word.read(file);
        assertEquals("通报县行政机关负责人出庭应诉情况通报(2024年3月)", word.paragraphs().get(0));
        List<String> units = word.rows().stream().skip(1).map(r -> r.get(1)).toList();
        assertEquals(List.of(justice.name(), finance.name()).stream().sorted().toList(), units.stream().sorted().toList(),
                "the units with hearings in March, and only those: " + word.rows());
        String text = String.join("\n", word.paragraphs());
        assertFalse(text.contains(archives.name()), text);
        assertTrue(text.contains("本期另有1个单位无案件开庭,未列入上表。"), text);
        assertTrue(text.contains(justice.name() + ":(2024)通报1号 3月5日开庭:不可抗力," + FORCE + ";委托王副局长出庭"), text);
        assertTrue(text.contains(finance.name() + ":(2024)通报5号 3月20日开庭:需履行他人不能代替的公务," + TYPED), text);
        assertTrue(text.contains("三、约谈单位") && text.contains("四、工作要求"), text);
        assertEquals("通报县人民政府", word.paragraphs().get(word.paragraphs().size() - 2), "signed by the unit");
        browser.assertNoErrors();
    }

    @Test
    void theApisFlaggedUnitsCarryTheirAbsencesWithWhatHappened() {
        Http admin = server.login(TestServer.ADMIN);
        Http.Res r = admin.get("/api/court-appearance?year=2024&month=3&orgId=" + county.id());
        assertEquals(200, r.status(), r.body());
        com.fasterxml.jackson.databind.JsonNode justiceFlag = null;
        for (com.fasterxml.jackson.databind.JsonNode f : r.json().get("flagged")) {
            if (f.get("orgId").asLong() == justice.id()) {
                justiceFlag = f;
            }
        }
        assertTrue(justiceFlag != null, r.body());
        com.fasterxml.jackson.databind.JsonNode absence = justiceFlag.get("absences").get(0);
        assertEquals(List.of("(2024)通报1号", "2024-03-05", "FORCE_MAJEURE", "不可抗力", FORCE, "王副局长"),
                List.of(absence.get("caseNo").asText(), absence.get("date").asText(), absence.get("absenceReason").asText(),
                        absence.get("absenceReasonLabel").asText(), absence.get("absenceNote").asText(),
                        absence.get("entrustedStaff").asText()));
    }

    /** A .docx read back: its paragraphs' text in order, and the cells of its one table. */
    private record Word(List<String> paragraphs, List<List<String>> rows) {
        static Word read(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                List<List<String>> rows = new ArrayList<>();
                assertEquals(1, doc.getTables().size(), "the ranking table");
                XWPFTable table = doc.getTables().get(0);
                for (XWPFTableRow row : table.getRows()) {
                    rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
                }
                return new Word(paragraphs, rows);
            }
        }
    }
}
