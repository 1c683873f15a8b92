package org.fazhi.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.court.Instance;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The dashboard in a real headless Chromium under the strict CSP: its stylesheet applies, the server's
 * SVG charts are drawn at a readable size, the data table opens, the year and unit pickers work, and the
 * page prints with its charts — all without a console error (a CSP violation would show there).
 */
class DashboardBrowserTest extends BrowserCase {
    private static Org justice;
    private static int year;
    private static int caseNo;

    @BeforeAll
    static void start() throws IOException {
        year = LocalDate.now().getYear() - 1;
        Org county = org("浏览器看板县人民政府", OrgKind.COUNTY_GOV, null);
        justice = org("浏览器看板县司法局", OrgKind.DEPARTMENT, county.id());
        Org police = org("浏览器看板县公安局", OrgKind.DEPARTMENT, county.id());
        for (int y : new int[] {year - 1, year}) {
            hearing(justice, y, true);
            hearing(police, y, y == year);
            hearing(police, y, false);
            for (int m : new int[] {2, 5, 8}) {
                server.server().training().sessions().create(Actor.SYSTEM, new StudySession(null, justice.id(),
                        LocalDate.of(y, m, 3), m == 5 ? StudyKind.WRITTEN : StudyKind.COLLECTIVE, "学习行政诉讼法",
                        List.of("中华人民共和国行政诉讼法"), "主讲人", null, 60, 8, 8, null, 0), null);
            }
        }
        browser.signIn(TestServer.ADMIN);
    }

    @Test
    void theChartsAreDrawnTheTableOpensAndThePickersChooseYearAndUnit() {
        driver.get(server.baseUrl() + "/?year=" + year);
        List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart"));
        assertEquals(3, charts.size());
        for (WebElement svg : charts) {
            String[] box = svg.getDomAttribute("viewBox").split(" ");
            double width = svg.getSize().getWidth();
            assertTrue(width > 300 && width <= 640, "drawn at a readable size: " + svg.getDomAttribute("id") + " " + svg.getSize());
            assertEquals(width * Double.parseDouble(box[3]) / Double.parseDouble(box[2]), svg.getSize().getHeight(), 2,
                    "scaled without distortion");
            assertEquals("img", svg.getDomAttribute("role"));
        }
        WebElement good = driver.findElement(By.cssSelector(".change.ch-good"));
        assertEquals("rgba(26, 107, 58, 1)", good.getCssValue("color"), "dashboard.css is applied despite the CSP");

        WebElement units = driver.findElement(By.id("chart-court-units-figure"));
        WebElement table = units.findElement(By.cssSelector(".chart-data table"));
        assertFalse(table.isDisplayed(), "the numbers wait behind 查看数据");
        units.findElement(By.cssSelector(".chart-data summary")).click();
        browser.waitFor("the data table", table::isDisplayed);
        assertTrue(table.getText().contains("浏览器看板县司法局") && table.getText().contains("100.0%"), table.getText());
        browser.assertNoErrors();

        browser.choose("year", String.valueOf(year - 1));
        browser.choose("orgId", String.valueOf(justice.id()));
        browser.button("查看").click();
        browser.waitFor("the chosen year and unit",
                () -> driver.getCurrentUrl().contains("year=" + (year - 1)) && driver.getCurrentUrl().contains("orgId=" + justice.id()));
        assertEquals("/", browser.path());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("浏览器看板县司法局 · " + (year - 1) + "年"),
                driver.findElement(By.tagName("h1")).getText());
        browser.assertNoErrors();
    }

    @Test
    void thePagePrintsWithItsChartsAndWithoutTheControls() {
        driver.get(server.baseUrl() + "/?year=" + year);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", css("header.top", "display"), "no navigation on paper");
            assertEquals("none", css("form.filters", "display"), "no pickers on paper");
            assertEquals("block", css(".print-only", "display"), "the scope and year are printed instead");
            assertTrue(driver.findElement(By.cssSelector("svg.chart")).isDisplayed(), "the charts print");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        PrintOptions options = new PrintOptions();
        options.setPageSize(PageSize.ISO_A4);
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 10_000, "a real document: " + pdf.length + " bytes");
        browser.assertNoErrors();
    }

    private static String css(String selector, String property) {
        return driver.findElement(By.cssSelector(selector)).getCssValue(property);
    }

    private static Org org(String name, OrgKind kind, Long parent) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parent));
    }

    private static void hearing(Org org, int y, boolean appeared) {
        DutyTracking duty = server.server().duty();
        CourtCase c = duty.courtCases().create(Actor.SYSTEM, CourtCase.draft("(" + y + ")浏行初" + (++caseNo) + "号",
                "浏览器县人民法院", Instance.FIRST, org.id(), "行政许可", LocalDate.of(y, 2, 1)));
        LocalDate date = LocalDate.of(y, 4, 15);
        duty.courtCases().addHearing(Actor.SYSTEM, c.id(), appeared
                ? Hearing.appeared(date, date.minusDays(10), "李局长", "局长", LeaderCategory.PRINCIPAL, false)
                : Hearing.absent(date, date.minusDays(10), AbsenceReason.NONE, "科员", false));
    }
}
