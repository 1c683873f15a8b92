package org.fazhi.web.training;

import static org.fazhi.web.support.SampleFiles.PNG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Plain multipart forms of the pages, as a browser without scripts sends them: materials and results import. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingUploadPagesTest {
    private static final String BOUNDARY = "----fazhi-test-boundary";

    @AutoClose
    private final TestServer server = new TestServer();
    private final Http browser = Forms.signedIn(server, TestServer.ADMIN);
    private Org justice;
    private long sessionId;

    @BeforeAll
    void start() {
        Org county = server.org("清河县人民政府", OrgKind.COUNTY_GOV, null);
        justice = server.org("清河县司法局", OrgKind.DEPARTMENT, county);
        sessionId = server.server().training().sessions().create(Actor.SYSTEM, new StudySession(null, justice.id(),
                LocalDate.of(2024, 5, 6), StudyKind.COLLECTIVE, "集体学法", List.of("宪法"), null, null, 60, 10, 9, null, 0),
                null).session().id();
    }

    private HttpResponse<String> multipart(String path, String fileName, String type, byte[] file, String... fields) {
        return Forms.multipart(browser, path, BOUNDARY, fileName, type, file, fields);
    }

    @Test
    void materialsAreUploadedListedWithTheirHashAndDeletedFromTheRecordPage() {
        String page = browser.get("/study-sessions/" + sessionId).body();
        String csrf = Forms.csrf(page);
        assertTrue(page.contains("学法材料") && page.contains("尚未上传材料"), page);

        assertEquals(403, multipart("/study-sessions/" + sessionId + "/attachments", "签到表.png", "image/png", PNG,
                "kind", "SIGN_IN").statusCode(), "no CSRF token, no upload");
        HttpResponse<String> up = multipart("/study-sessions/" + sessionId + "/attachments?_csrf=" + csrf, "签到表.png",
                "image/png", PNG, "kind", "SIGN_IN");
        assertEquals(303, up.statusCode(), up.body());

        page = browser.get("/study-sessions/" + sessionId + "?msg=uploaded").body();
        assertTrue(page.contains("签到表.png") && page.contains("材料已上传"), page);
        assertTrue(page.contains(org.fazhi.storage.files.FileStore.sha256(PNG)), "the hash is shown");
        assertTrue(page.contains("class=\"thumb\""), "images preview inline");

        HttpResponse<String> lie = multipart("/study-sessions/" + sessionId + "/attachments?_csrf=" + csrf, "照片.jpg",
                "image/jpeg", "<html>".getBytes(StandardCharsets.UTF_8), "kind", "PHOTO");
        assertEquals(400, lie.statusCode());
        assertTrue(lie.body().contains("不支持的文件类型"), lie.body());
        // Refused on its own page: the record with its materials and upload form, and the reason beside it.
        assertTrue(lie.body().contains("id=\"material-error\"") && lie.body().contains("上传未成功:"), lie.body());
        assertTrue(lie.body().contains("action=\"/study-sessions/" + sessionId + "/attachments?_csrf="), "the upload form is there");

        String id = page.replaceAll("(?s).*action=\"/study-sessions/" + sessionId + "/attachments/(\\d+)/delete\".*", "$1");
        assertEquals(303, browser.form("/study-sessions/" + sessionId + "/attachments/" + id + "/delete",
                Http.fields("_csrf", csrf)).status());
        assertFalse(browser.get("/study-sessions/" + sessionId).body().contains("签到表.png"));
    }

    @Test
    void aBatchsResultsImportFromAPlainFormPostWithEveryErrorListed() {
        ExamBatch b = server.server().training().exams().createBatch(Actor.SYSTEM,
                new ExamBatch(null, justice.id(), LocalDate.of(2024, 4, 1), Track.NON_NPC, "A", 100, 60, null, null, 0));
        String page = browser.get("/tests/" + b.id() + "/import").body();
        assertTrue(page.contains("导入测试成绩") && page.contains("/api/test-batches/" + b.id() + "/results/import"), page);
        assertTrue(browser.get("/tests/" + b.id()).body().contains("/tests/" + b.id() + "/import"), "the batch page links to it");
        String csrf = Forms.csrf(page);

        String bad = "姓名,单位,现任职务,拟任职务,成绩,是否缺考\n张三,清河县司法局,科员,副局长,85,否\n李四,不存在的单位,科员,副局长,abc,否\n";
        HttpResponse<String> refused = multipart("/tests/" + b.id() + "/import?_csrf=" + csrf, "成绩.csv", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("不存在的单位") || refused.body().contains("单位"), refused.body());
        assertTrue(server.server().training().exams().results(Actor.SYSTEM, b.id()).isEmpty(), "nothing stored");

        String good = "姓名,单位,现任职务,拟任职务,成绩,是否缺考\n张三,清河县司法局,科员,副局长,85,否\n王五,清河县司法局,科员,副局长,,是\n";
        HttpResponse<String> ok = multipart("/tests/" + b.id() + "/import?_csrf=" + csrf, "成绩.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, ok.statusCode(), ok.body());
        assertEquals("/tests/" + b.id() + "/import?imported=2", ok.headers().firstValue("Location").orElse("").replaceAll("^https?://[^/]+", ""));
        assertEquals(2, server.server().training().exams().results(Actor.SYSTEM, b.id()).size());
    }

    @Test
    void adminsExtendTheLawCatalogueFromTheNationalListOnItsPage() throws IOException {
        String page = browser.get("/study-sessions/laws?q=复议").body();
        assertTrue(page.contains("中华人民共和国行政复议法"), page);
        long before = server.server().training().laws().count();
        HttpResponse<String> r = multipart("/study-sessions/laws?_csrf=" + Forms.csrf(page), "national-laws.csv", "text/csv",
                org.fazhi.web.support.NationalLaws.CSV.getBytes(StandardCharsets.UTF_8), "mode", "extend");
        assertEquals(303, r.statusCode(), r.body());
        long after = server.server().training().laws().count();
        assertEquals(before + org.fazhi.web.support.NationalLaws.NEW_TITLES, after, "each new title once");
        assertTrue(browser.get("/study-sessions/laws?q=人民检察院刑事诉讼规则").body().contains("人民检察院刑事诉讼规则"));
        HttpResponse<String> empty = multipart("/study-sessions/laws?_csrf=" + Forms.csrf(page), "空.csv", "text/csv",
                new byte[0], "mode", "replace");
        assertEquals(400, empty.statusCode());
        assertEquals(after, server.server().training().laws().count(), "a refused import changes nothing");
    }

    private long storedFiles() {
        try (var files = java.nio.file.Files.walk(server.dataDir().resolve("attachments"))) {
            return files.filter(java.nio.file.Files::isRegularFile).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long sessionsAbout(String topic) {
        return server.server().training().sessions().list(Actor.SYSTEM, new org.fazhi.training.study.SessionFilter(
                justice.id(), null, null, topic), org.fazhi.model.Page.FIRST).total();
    }

    /** The new-session form, as the page sends it: multipart, its tokens in the action, one file. */
    private HttpResponse<String> newSession(String topic, String fileName, String type, byte[] file, String... more) {
        String form = browser.get("/study-sessions/new?orgId=" + justice.id()).body();
        String action = form.replaceAll("(?s).*<form method=\"post\" action=\"(/study-sessions\\?[^\"]*)\" enctype=\"multipart/form-data\".*", "$1")
                .replace("&amp;", "&");
        assertTrue(action.startsWith("/study-sessions?_csrf=") && action.contains("&_once="), action);
        List<String> fields = new java.util.ArrayList<>(List.of("orgId", String.valueOf(justice.id()), "date", "2024-06-03",
                "kind", "COLLECTIVE", "topic", topic, "laws", "宪法", "expected", "10", "attended", "9", "fileKind", "SIGN_IN"));
        fields.addAll(List.of(more));
        return multipart(action, fileName, type, file, fields.toArray(String[]::new));
    }

    @Test
    void aSignInSheetIsAttachedOnTheNewSessionFormItself() {
        String form = browser.get("/study-sessions/new").body();
        assertTrue(form.contains("enctype=\"multipart/form-data\"") && form.contains("type=\"file\" name=\"file\""), form);
        assertTrue(browser.get("/study-sessions/" + sessionId + "/edit").body().contains("action=\"/study-sessions/" + sessionId + "\""),
                "correcting a session stays a plain form; its materials are on its record page");

        HttpResponse<String> saved = newSession("带签到表的学法", "签到表.png", "image/png", PNG);
        assertEquals(303, saved.statusCode(), saved.body());
        StudySession s = server.server().training().sessions().list(Actor.SYSTEM, new org.fazhi.training.study.SessionFilter(
                justice.id(), null, null, "带签到表的学法"), org.fazhi.model.Page.FIRST).items().get(0);
        List<org.fazhi.training.study.Attachment> files = server.server().training().attachments().list(Actor.SYSTEM, s.id());
        assertEquals(1, files.size());
        assertEquals("签到表.png", files.get(0).fileName());
        assertEquals(org.fazhi.training.study.AttachmentKind.SIGN_IN, files.get(0).kind());
    }

    @Test
    void aRefusedFileKeepsTheFormAndWritesNeitherSessionNorFile() {
        long before = storedFiles();
        HttpResponse<String> lie = newSession("附件被拒的学法", "签到表.jpg", "image/jpeg",
                "<html>not a photo".getBytes(StandardCharsets.UTF_8), "note", "备注也留着");
        assertEquals(400, lie.statusCode(), lie.body());
        assertTrue(lie.body().contains("不支持的文件类型"), lie.body());
        assertTrue(lie.body().contains("value=\"附件被拒的学法\"") && lie.body().contains("备注也留着"), "the form is still filled in");
        assertTrue(lie.body().contains("“签到表.jpg”") && lie.body().contains("请在保存前重新选择"), "says the file must be chosen again");
        assertEquals(0, sessionsAbout("附件被拒的学法"), "no session");
        assertEquals(before, storedFiles(), "no file");

        // A good file with a session refused (a look-alike not confirmed) leaves no file behind either.
        byte[] other = java.util.Arrays.copyOf(PNG, PNG.length + 1);
        assertEquals(303, newSession("重复的学法", "a.png", "image/png", PNG).statusCode());
        long files = storedFiles();
        HttpResponse<String> asked = newSession("重复的学法", "b.png", "image/png", other);
        assertEquals(409, asked.statusCode(), asked.body());
        assertTrue(asked.body().contains("可能重复,仍要保存?"), asked.body());
        assertEquals(1, sessionsAbout("重复的学法"));
        assertEquals(files, storedFiles(), "the refused session's file was not kept");
        assertEquals(303, newSession("重复的学法", "b.png", "image/png", other, "confirmDuplicate", "true").statusCode());
        assertEquals(files + 1, storedFiles());
    }

    /**
     * Two files chosen at once, the second refused: the reason names that file, and offers only what the form's
     * file field accepts (no video).
     */
    @Test
    void aRefusedFileAmongSeveralIsNamedAndOnlyTheFormsTypesAreOffered() throws Exception {
        String form = browser.get("/study-sessions/new?orgId=" + justice.id()).body();
        String action = form.replaceAll("(?s).*<form method=\"post\" action=\"(/study-sessions\\?[^\"]*)\" enctype=\"multipart/form-data\".*", "$1")
                .replace("&amp;", "&");
        assertFalse(form.contains(".mp4"), "the form's file field takes no video");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        List<String> fields = List.of("orgId", String.valueOf(justice.id()), "date", "2024-06-04", "kind", "COLLECTIVE",
                "topic", "两份材料的学法", "laws", "宪法", "expected", "10", "attended", "9", "fileKind", "SIGN_IN");
        for (int i = 0; i < fields.size(); i += 2) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fields.get(i) + "\"\r\n\r\n"
                    + fields.get(i + 1) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        Object[][] files = {{"签到表.png", "image/png", PNG}, {"会议纪要.jpg", "image/jpeg", "<html>".getBytes(StandardCharsets.UTF_8)}};
        for (Object[] f : files) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f[0]
                    + "\"\r\nContent-Type: " + f[1] + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write((byte[]) f[2]);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = browser.multipart(action, BOUNDARY, body.toByteArray()).raw();

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("文件“会议纪要.jpg”:不支持的文件类型。可上传图片(jpg、png、gif、webp)、PDF、Word、Excel、PPT 或 WPS 文件"),
                refused.body());
        assertFalse(refused.body().contains("mp4"), refused.body());
        assertEquals(0, sessionsAbout("两份材料的学法"), "no session");
    }
}
