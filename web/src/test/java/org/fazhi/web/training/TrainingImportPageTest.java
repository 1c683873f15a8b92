package org.fazhi.web.training;

import static org.fazhi.web.support.RawClient.multipart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.Track;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient.Res;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The import page without scripts (a plain multipart form), what the import answers, and the JSON API
 * of the same lists beside the import endpoints.
 */
class TrainingImportPageTest extends TrainingImportExportCase {
    @Test
    void theImportPageUploadsAPlainMultipartFormWithTheTokenInTheAction() {
        Org unit = org("清河县林业局", OrgKind.DEPARTMENT, county);
        Http browser = Forms.signedIn(server, TestServer.ADMIN);
        Http.Res page = browser.get("/study-sessions/import");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("/api/study-sessions/import-template?format=xlsx"), "links the templates");
        assertTrue(page.body().contains("enctype=\"multipart/form-data\""));
        assertTrue(page.body().contains("/static/import.js"));
        assertFalse(page.body().matches("(?s).*<script>.*"), "no inline scripts (the CSP forbids them)");
        String token = Forms.csrf(page.body());

        byte[] good = (HEADER + "\n清河县林业局,2024-03-12,集体学法,学习森林法,中华人民共和国森林法,,60,10,9\n").getBytes(Charset.forName("GBK"));
        Http.Res posted = browser.multipart("/study-sessions/import?_csrf=" + token, "b0und",
                multipart("b0und", "林业局.csv", "text/csv", good));
        assertEquals(303, posted.status(), posted.body());
        String next = posted.header("Location");
        assertTrue(next.endsWith("/study-sessions/import?imported=1"), next);
        assertTrue(browser.get("/study-sessions/import?imported=1").body().contains("已导入 1 条学法记录"));
        assertEquals(1, sessionsOf(unit).size());

        // The same file again: refused with the earlier import's date and user, the 仍要导入 box to tick.
        Http.Res twice = browser.multipart("/study-sessions/import?_csrf=" + token, "b0und",
                multipart("b0und", "林业局.csv", "text/csv", good));
        assertEquals(409, twice.status(), twice.body());
        assertTrue(twice.body().matches("(?s).*该文件已于\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}由 " + TestServer.ADMIN
                + " 导入\\(共1条\\),未重复导入.*"), twice.body());
        assertTrue(twice.body().contains("name=\"force\"") && twice.body().contains("仍要导入"), twice.body());
        assertEquals(1, sessionsOf(unit).size());
        // Ticked, it is imported again.
        Http.Res forcedPage = browser.multipart("/study-sessions/import?_csrf=" + token, "b0und",
                withForce("b0und", multipart("b0und", "林业局.csv", "text/csv", good)));
        assertEquals(303, forcedPage.status(), forcedPage.body());
        assertEquals(2, sessionsOf(unit).size());

        byte[] bad = (HEADER + "\n清河县林业局,2024-13-12,集体学法,坏日期,,,60,10,9\n").getBytes(StandardCharsets.UTF_8);
        Http.Res refused = browser.multipart("/study-sessions/import?_csrf=" + token, "b0und",
                multipart("b0und", "bad.csv", "text/csv", bad));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("共有1处错误") && refused.body().contains("<td class=\"num\">2</td><td>日期</td>"), refused.body());
        assertEquals(2, sessionsOf(unit).size());

        // Without the token the upload is refused, and a script's upload to the API needs the header.
        Http.Res forged = browser.multipart("/study-sessions/import", "b0und",
                multipart("b0und", "x.csv", "text/csv", good));
        assertEquals(403, forged.status());
        Http.Res viaScript = browser.multipart("/api/study-sessions/import?force=true", "b0und",
                multipart("b0und", "x.csv", "text/csv", good), "X-CSRF-Token", token);
        assertEquals(200, viaScript.status(), viaScript.body());
        assertEquals(3, sessionsOf(unit).size());

        Http.Res script = browser.get("/static/import.js");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("X-CSRF-Token") && script.body().contains("upload.addEventListener('progress'"));
    }

    @Test
    void theJsonApiOfTheSameListsIsNotShadowedByTheseEndpoints() {
        Org unit = org("清河县档案馆", OrgKind.UNIT, county);
        assertEquals(200, importCsv(admin, HEADER + "\n清河县档案馆,2024-01-09,集体学法,学习档案法,,,30,5,5\n").status());
        long id = sessionsOf(unit).get(0).id();
        Http.Res one = admin.get("/api/study-sessions/" + id);
        assertEquals(200, one.status(), one.body());
        assertEquals("学习档案法", one.json().get("topic").asText());
        ExamBatch b = training.exams().createBatch(Actor.SYSTEM,
                new ExamBatch(null, county.id(), LocalDate.of(2024, 1, 10), Track.NON_NPC, null, 100, 60, null, null, 0));
        Http.Res results = admin.get("/api/test-batches/" + b.id() + "/results");
        assertEquals(200, results.status(), results.body());
        assertNotNull(results.json());
        assertEquals(200, admin.get("/api/test-batches/" + b.id()).status());
        assertEquals(200, admin.get("/api/study-compliance?year=2024").status());
    }

    /** Kept as a plain check of the import's answer shape, as scripts read it. */
    @Test
    void theAnswerIsImportedOnSuccess() {
        org("清河县气象局", OrgKind.UNIT, county);
        Res r = importCsv(admin, HEADER + "\n清河县气象局,2024-01-09,集体学法,学习气象法,,,30,5,5\n");
        assertEquals(Map.of("imported", 1), JSON.convertValue(r.json(), Map.class));
    }
}
