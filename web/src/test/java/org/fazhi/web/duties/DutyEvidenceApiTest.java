package org.fazhi.web.duties;

import static org.fazhi.web.duties.DutyServer.json;
import static org.fazhi.web.duties.DutyServer.text;
import static org.fazhi.web.support.SampleFiles.PDF;
import static org.fazhi.web.support.SampleFiles.PNG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.storage.files.FileStore;
import org.fazhi.web.errors.BodyLimitFilter;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.SampleFiles;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Evidence over real HTTP: files by multipart or as the raw body, stored with the SHA-256 of the
 * bytes sent and the type of their content; links and notes as JSON; downloads, deletion, scope.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DutyEvidenceApiTest {
    static final int YEAR = 2019;

    @AutoClose
    private final DutyServer s = new DutyServer();
    private long item;
    private long financeItem;

    @BeforeAll
    void start() {
        s.plan(YEAR);
        item = s.itemId(s.justiceHead, YEAR, "YEAR_END_REPORT");
        financeItem = s.itemId(s.financeHead, YEAR, "YEAR_END_REPORT");
    }

    private String evidencePath(long itemId) {
        return "/api/duties/" + itemId + "/evidence";
    }

    private HttpResponse<byte[]> raw(Http who, long itemId, String name, String type, byte[] bytes) {
        return s.send(who, "POST", evidencePath(itemId) + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&title=" + URLEncoder.encode("会议纪要", StandardCharsets.UTF_8) + "&effectiveDate=2019-05-20", type, bytes);
    }

    private HttpResponse<byte[]> form(Http who, long itemId, String name, String type, byte[] bytes) {
        return s.multipart(who, evidencePath(itemId), Map.of("title", "常务会议照片", "effectiveDate", "2019-05-20"), name,
                type, bytes);
    }

    private HttpResponse<byte[]> get(Http who, String path) {
        return s.send(who, "GET", path, null, null);
    }

    /** A file stored as sent: 201, the SHA-256 of the very bytes sent, the type their content shows, the title given. */
    private static JsonNode storedFile(HttpResponse<byte[]> r, byte[] bytes, String type, String title) {
        assertEquals(201, r.statusCode(), text(r));
        JsonNode e = json(r);
        assertEquals(FileStore.sha256(bytes), e.get("sha256").asText());
        assertEquals(type, e.get("contentType").asText());
        assertEquals(title, e.get("title").asText());
        return e;
    }

    @Test
    void aMultipartFileIsStoredWithTheHashOfItsBytesAndServedBack() throws Exception {
        HttpResponse<byte[]> r = form(s.clerk, item, "会议照片.png", "image/png", PNG);
        JsonNode e = storedFile(r, PNG, "image/png", "常务会议照片");
        assertEquals("FILE", e.get("kind").asText());
        assertEquals("会议照片.png", e.get("fileName").asText());
        assertEquals("2019-05-20", e.get("effectiveDate").asText());
        assertEquals(PNG.length, e.get("size").asInt());
        assertEquals("justice-clerk", e.get("createdBy").asText());
        long id = e.get("id").asLong();
        assertEquals("/api/duty-evidence/" + id + "/file", e.get("url").asText());
        assertEquals("/api/duty-evidence/" + id, r.headers().firstValue("Location").orElse(""));

        HttpResponse<byte[]> back = get(s.reader, e.get("url").asText());
        assertEquals(200, back.statusCode());
        assertArrayEquals(PNG, back.body());
        assertEquals("image/png", back.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", back.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(back.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"), "images preview inline");

        Http browser = Forms.signedIn(s.server, "justice-clerk");
        Http.Res viaCookie = browser.get(e.get("url").asText());
        assertEquals(200, viaCookie.status(), "a page shows the image with the session cookie");
        assertEquals("image/png", viaCookie.header("Content-Type"));

        JsonNode detail = s.admin.get("/api/duties/" + item).json();
        assertTrue(detail.get("evidence").findValuesAsText("sha256").contains(FileStore.sha256(PNG)));
        assertEquals(200, s.reader.get("/api/duty-evidence/" + id).status());
    }

    @Test
    void aRawBodyIsStoredLikeAStudyAttachment() throws Exception {
        JsonNode e = storedFile(raw(s.clerk, item, "纪要.pdf", "application/pdf", PDF), PDF, "application/pdf", "会议纪要");
        HttpResponse<byte[]> back = get(s.admin, e.get("url").asText());
        assertArrayEquals(PDF, back.body());

        HttpResponse<byte[]> word = raw(s.clerk, item, "汇报材料.docx", "application/octet-stream", SampleFiles.docx());
        assertEquals(201, word.statusCode(), text(word));
        HttpResponse<byte[]> download = get(s.admin, json(word).get("url").asText());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                "Office files download");
    }

    @Test
    void aFileIsJudgedByItsContentAndItsSize() {
        byte[] text = "这只是一段文字,不是 PDF".getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> fake = form(s.clerk, item, "纪要.pdf", "application/pdf", text);
        assertEquals(400, fake.statusCode(), text(fake));
        assertEquals("file", json(fake).get("field").asText());
        assertEquals(400, raw(s.clerk, item, "纪要.pdf", "application/pdf", text).statusCode());
        HttpResponse<byte[]> renamed = raw(s.clerk, item, "纪要.pdf", "application/pdf", PNG);
        assertEquals(400, renamed.statusCode());
        assertTrue(text(renamed).contains("与扩展名不符"), text(renamed));
        assertEquals(415, s.send(s.clerk, "POST", evidencePath(item) + "?name=a.txt", "text/plain", text).statusCode());

        byte[] big = new byte[50 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        HttpResponse<byte[]> tooBig = raw(s.clerk, item, "大文件.pdf", "application/pdf", big);
        assertEquals(413, tooBig.statusCode(), text(tooBig));
        assertTrue(text(tooBig).contains("50 MB"));
        assertEquals(BodyLimitFilter.EVIDENCE_LIMIT,
                new BodyLimitFilter(BodyLimitFilter.DEFAULT_LIMIT).limitFor("/api/duties/12/evidence"),
                "the body limit leaves room for a 50 MB file in a form");

        List<String> hashes = s.admin.get(evidencePath(item)).json().findValuesAsText("sha256");
        assertTrue(!hashes.contains(FileStore.sha256(text)) && !hashes.contains(FileStore.sha256(big)), "nothing refused was stored");
    }

    @Test
    void linksAndNotesComeAsJson() {
        long other = s.itemId(s.justiceHead, YEAR, "COURT_APPEARANCE");
        Http.Res link = s.clerk.post(evidencePath(other), Map.of("kind", "LINK", "title", "法院公众号报道",
                "url", "https://court.qinghe.gov.cn/news/2019/出庭.html", "effectiveDate", "2019-06-01"));
        assertEquals(201, link.status(), link.body());
        assertEquals("https://court.qinghe.gov.cn/news/2019/出庭.html", link.json().get("url").asText());
        Http.Res note = s.clerk.post(evidencePath(other), Map.of("kind", "NOTE", "title", "情况说明",
                "text", "本年度县政府无行政诉讼案件开庭。", "effectiveDate", "2019-12-20"));
        assertEquals(201, note.status(), note.body());
        assertEquals("情况说明", note.json().get("kindLabel").asText());

        Http.Res badUrl = s.clerk.post(evidencePath(other), Map.of("kind", "LINK", "title", "报道", "url", "javascript:alert(1)",
                "effectiveDate", "2019-06-01"));
        assertEquals(400, badUrl.status());
        assertEquals("url", badUrl.json().get("field").asText());
        Http.Res noText = s.clerk.post(evidencePath(other), Map.of("kind", "NOTE", "title", "说明", "effectiveDate", "2019-06-01"));
        assertEquals("text", noText.json().get("field").asText());
        Http.Res future = s.clerk.post(evidencePath(other), Map.of("kind", "NOTE", "title", "说明", "text", "文字",
                "effectiveDate", LocalDate.now(s.server.clock()).plusDays(5).toString()));
        assertEquals("effectiveDate", future.json().get("field").asText());
        Http.Res badDate = s.clerk.post(evidencePath(other), Map.of("kind", "NOTE", "title", "说明", "text", "文字",
                "effectiveDate", "2019-02-30"));
        assertEquals("effectiveDate", badDate.json().get("field").asText());
        assertEquals("kind", s.clerk.post(evidencePath(other), Map.of("kind", "VIDEO", "title", "说明"))
                .json().get("field").asText());
        HttpResponse<byte[]> formNote = s.multipart(s.clerk, evidencePath(other), Map.of("kind", "NOTE", "title", "补充说明",
                "text", "网页表单提交的情况说明", "effectiveDate", "2019-12-21"), null, null, null);
        assertEquals(201, formNote.statusCode(), text(formNote));

        List<String> kinds = new ArrayList<>();
        s.admin.get("/api/duties/" + other).json().get("evidence").forEach(e -> kinds.add(e.get("kind").asText()));
        assertEquals(List.of("LINK", "NOTE", "NOTE"), kinds);
        assertEquals(404, get(s.admin, "/api/duty-evidence/" + note.json().get("id").asLong() + "/file")
                .statusCode(), "a note has no file");
    }

    @Test
    void evidenceIsDeletedAndItsFileWithIt() {
        long other = s.itemId(s.justiceHead, YEAR, "YEAR_END_REPORT");
        byte[] own = "%PDF-1.4 述职报告 only here".getBytes(StandardCharsets.UTF_8);
        long id = json(raw(s.clerk, other, "述职报告.pdf", "application/pdf", own)).get("id").asLong();
        assertEquals(403, s.send(s.reader, "DELETE", "/api/duty-evidence/" + id, null, null).statusCode());
        assertEquals(204, s.send(s.clerk, "DELETE", "/api/duty-evidence/" + id, null, null).statusCode());
        assertEquals(404, get(s.admin, "/api/duty-evidence/" + id + "/file").statusCode());
        String hash = FileStore.sha256(own);
        assertTrue(java.nio.file.Files.notExists(s.server.dataDir().resolve("attachments").resolve("duty")
                .resolve(hash.substring(0, 2)).resolve(hash + ".bin")), "the file is gone");
        assertTrue(s.admin.get("/api/audit?entity=duty-evidence&entityId=" + id).body().contains("述职报告.pdf"));
    }

    @Test
    void anotherUnitsEvidenceIsOutOfReach() {
        long id = json(raw(s.admin, financeItem, "财政纪要.pdf", "application/pdf", PDF)).get("id").asLong();
        assertEquals(403, get(s.clerk, "/api/duty-evidence/" + id + "/file").statusCode());
        assertEquals(403, get(s.clerk, "/api/duty-evidence/" + id).statusCode());
        assertEquals(403, s.send(s.clerk, "DELETE", "/api/duty-evidence/" + id, null, null).statusCode());
        assertEquals(403, raw(s.clerk, financeItem, "x.pdf", "application/pdf", PDF).statusCode());
        assertEquals(403, form(s.clerk, financeItem, "x.png", "image/png", PNG).statusCode());
        assertEquals(200, get(s.office, "/api/duty-evidence/" + id + "/file").statusCode());
        assertEquals(404, get(s.admin, "/api/duty-evidence/99999/file").statusCode());
    }
}
