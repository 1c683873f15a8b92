package org.fazhi.web.training;

import static org.fazhi.web.support.SampleFiles.PNG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient;
import org.fazhi.web.support.SampleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Session materials: stored by SHA-256, type checked by content, served back with that type, scoped. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentTest extends AdminApiCase {
    private static final ObjectMapper JSON = new ObjectMapper();

    private long justiceSession;
    private long financeSession;
    private Org justice;

    @BeforeAll
    void start() {
        Org county = server.org("清河县人民政府", OrgKind.COUNTY_GOV, null);
        justice = server.org("清河县司法局", OrgKind.DEPARTMENT, county);
        Org finance = server.org("清河县财政局", OrgKind.DEPARTMENT, county);
        justiceSession = session(justice.id());
        financeSession = session(finance.id());
    }

    private int sessions;

    /** A session of the unit; each its own topic, so none looks like a repeat of another. */
    private long session(long orgId) {
        return server.server().training().sessions().create(Actor.SYSTEM, new StudySession(null, orgId,
                java.time.LocalDate.of(2024, 5, 6), StudyKind.COLLECTIVE, "集体学法" + (++sessions), java.util.List.of("宪法"), null, null,
                60, 10, 9, null, 0), null).session().id();
    }

    private HttpResponse<byte[]> send(String token, String method, String path, String type, byte[] body) {
        return new RawClient(server).send(token, method, path, type, body);
    }

    private HttpResponse<byte[]> upload(String token, long sessionId, String name, String kind, String type, byte[] bytes) {
        return send(token, "POST", "/api/study-sessions/" + sessionId + "/attachments?kind=" + kind + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), type, bytes);
    }

    private static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return JSON.readTree(r.body());
    }

    @Test
    void anImageIsStoredWithItsHashAndServedBackWithItsType() throws Exception {
        HttpResponse<byte[]> r = upload(admin.token(), justiceSession, "签到表.png", "SIGN_IN", "image/png", PNG);
        assertEquals(201, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        JsonNode a = json(r);
        assertEquals(org.fazhi.storage.files.FileStore.sha256(PNG), a.get("sha256").asText());
        assertEquals("image/png", a.get("contentType").asText());
        assertEquals("SIGN_IN", a.get("kind").asText());
        assertEquals(PNG.length, a.get("size").asInt());
        assertTrue(Files.exists(server.dataDir().resolve("attachments").resolve("study")
                .resolve(a.get("sha256").asText().substring(0, 2)).resolve(a.get("sha256").asText() + ".bin")),
                "stored beside the database under its hash");

        HttpResponse<byte[]> back = send(admin.token(), "GET", "/api/study-attachments/" + a.get("id").asLong(), null, null);
        assertEquals(200, back.statusCode());
        assertArrayEquals(PNG, back.body());
        assertEquals("image/png", back.headers().firstValue("Content-Type").orElse(""));
        assertTrue(back.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        assertTrue(back.headers().firstValue("Content-Security-Policy").orElse("").startsWith("sandbox"),
                "a stored file is shown sandboxed: " + back.headers().firstValue("Content-Security-Policy"));
        assertTrue(JSON.readTree(admin.get("/api/study-sessions/" + justiceSession + "/attachments").body())
                .findValuesAsText("fileName").contains("签到表.png"));
    }

    @Test
    void aFileWhoseContentLiesAboutItsNameIsRefused() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(400, upload(admin.token(), justiceSession, "照片.jpg", "PHOTO", "image/jpeg", html).statusCode());
        byte[] pdf = "%PDF-1.4\n%…".getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> renamed = upload(admin.token(), justiceSession, "照片.jpg", "PHOTO", "image/jpeg", pdf);
        assertEquals(400, renamed.statusCode());
        assertTrue(new String(renamed.body(), StandardCharsets.UTF_8).contains("扩展名不符"));
        assertEquals(201, upload(admin.token(), justiceSession, "讲稿.pdf", "SCRIPT", "application/pdf", pdf).statusCode());
        assertEquals(400, upload(admin.token(), justiceSession, "空.png", "PHOTO", "image/png", new byte[0]).statusCode());
        assertEquals(400, upload(admin.token(), justiceSession, "x.png", "NOPE", "image/png", PNG).statusCode(), "unknown kind");
    }

    @Test
    void officeFilesAreRecognisedInsideTheirZip() throws IOException {
        HttpResponse<byte[]> r = upload(admin.token(), justiceSession, "会议记录.docx", "MINUTES", "application/octet-stream", SampleFiles.docx());
        assertEquals(201, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> back = send(admin.token(), "GET", "/api/study-attachments/" + json(r).get("id").asLong(), null, null);
        assertTrue(back.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), "Word files download");
        assertEquals(400, upload(admin.token(), justiceSession, "程序.docx", "OTHER", "application/octet-stream",
                "PK\u0003\u0004not really a zip".getBytes(StandardCharsets.ISO_8859_1)).statusCode());
    }

    @Test
    void anotherUnitsMaterialsCannotBeReadOrChanged() throws IOException {
        long id = json(upload(admin.token(), financeSession, "财政签到.png", "SIGN_IN", "image/png", PNG)).get("id").asLong();
        server.createUser("justice-clerk", Role.ORGANISER, justice.id());
        Http scoped = server.login("justice-clerk");
        assertEquals(403, send(scoped.token(), "GET", "/api/study-attachments/" + id, null, null).statusCode());
        assertEquals(403, send(scoped.token(), "DELETE", "/api/study-attachments/" + id, null, null).statusCode());
        assertEquals(403, upload(scoped.token(), financeSession, "x.png", "PHOTO", "image/png", PNG).statusCode());
        assertEquals(403, scoped.get("/api/study-sessions/" + financeSession + "/attachments").status());
        assertEquals(204, send(admin.token(), "DELETE", "/api/study-attachments/" + id, null, null).statusCode());
        assertEquals(404, send(admin.token(), "GET", "/api/study-attachments/" + id, null, null).statusCode());
    }

    @Test
    void deletingASessionTakesItsFilesAlongUnlessAnotherRecordUsesThem() throws IOException {
        long doomed = session(justice.id());
        long keeper = session(justice.id());
        byte[] own = "%PDF-1.4 only in the doomed session".getBytes(StandardCharsets.UTF_8);
        String ownHash = json(upload(admin.token(), doomed, "讲稿.pdf", "SCRIPT", "application/pdf", own)).get("sha256").asText();
        String sharedHash = json(upload(admin.token(), doomed, "签到.png", "SIGN_IN", "image/png", PNG)).get("sha256").asText();
        upload(admin.token(), keeper, "签到.png", "SIGN_IN", "image/png", PNG);
        java.nio.file.Path dir = server.dataDir().resolve("attachments").resolve("study");
        assertEquals(204, admin.delete("/api/study-sessions/" + doomed).status());
        assertTrue(Files.notExists(dir.resolve(ownHash.substring(0, 2)).resolve(ownHash + ".bin")), "its own file is gone");
        assertTrue(Files.exists(dir.resolve(sharedHash.substring(0, 2)).resolve(sharedHash + ".bin")), "a file still used stays");
        assertTrue(admin.get("/api/audit?entity=study-session&entityId=" + doomed).body().contains("讲稿.pdf"),
                "the audit log keeps what was deleted");
    }
}
