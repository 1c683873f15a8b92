package org.fazhi.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.assessment.Assessment;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.BrowserCase;
import org.fazhi.web.support.Chromium;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In a real headless Chromium: an indicator system is imported on its page, a round is opened on it with
 * the form, the units answer, and the results page shows the ranking, the sentence and the chart.
 */
class AssessmentBrowserTest extends BrowserCase {
    @Test
    void aSystemImportedARoundOpenedAndItsResultsSeen() throws IOException {
        Org county = server.org("浏览县", OrgKind.COUNTY_GOV, null);
        Org town = server.org("浏览镇", OrgKind.TOWNSHIP, county);
        Path dir = Files.createTempDirectory("fazhi-assessment");
        try {
            Path file = dir.resolve("浏览县指标体系.csv");
            Files.writeString(file, "编码,上级编码,指标名称,评分标准,分值,佐证材料,适用单位,关联台账指标\n"
                    + "1,,依法行政,,,,,\n1.1,1,制度建设,按要求,40,文件,,\n1.2,1,出庭应诉,出庭率,60,,,负责人出庭率\n",
                    StandardCharsets.UTF_8);
            browser.signIn(TestServer.ADMIN);
            browser.open("/assessment/systems/import");
            driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            driver.findElement(By.xpath("//main//button[normalize-space()='上传并导入']")).click();
            browser.waitFor("the count after the upload", () -> driver.getCurrentUrl().contains("imported=3"));
        } finally {
            Chromium.deleteQuietly(dir);
        }
        Http admin = server.login(TestServer.ADMIN);
        JsonNode system = admin.get("/api/indicator-systems").json().get(0);
        assertEquals("浏览县指标体系", system.get("title").asText());

        browser.open("/assessment/rounds/new");
        browser.choose("systemId", system.get("id").asText());
        browser.choose("orgId", String.valueOf(county.id()));
        browser.button("开启考核").click();
        browser.waitFor("the round's page", () -> browser.path().matches("/assessment/rounds/\\d+"));
        long roundId = Long.parseLong(browser.path().substring("/assessment/rounds/".length()));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("浏览镇"));

        Assessment assessment = new Assessment(server.server().database(), server.services().audit(), server.clock());
        assessment.answers().answers(Actor.SYSTEM, roundId, town.id()).forEach(leaf -> assessment.answers().save(Actor.SYSTEM,
                roundId, town.id(), leaf.code(), leaf.points().subtract(BigDecimal.TEN), "已落实", null));
        browser.open("/assessment/rounds/" + roundId + "/results");
        String results = driver.findElement(By.tagName("main")).getText();
        assertTrue(results.contains("纳入考核的1个单位中1个基本达到指标体系工作标准(100.0%),高于年度目标50%"), results);
        assertTrue(results.contains("浏览镇") && results.contains("80"), "the ranking with the total: " + results);
        assertTrue(driver.findElement(By.cssSelector("figure.totals-chart svg")).isDisplayed());
        browser.assertNoErrors();
    }
}
