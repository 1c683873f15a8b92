package org.fazhi.web.duties;

import static org.fazhi.web.support.Http.fields;
import static org.fazhi.web.support.SampleFiles.PNG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.storage.files.FileStore;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * One item's page: edited (a stale form refused with what was typed kept), evidence uploaded as a multipart
 * form with its SHA-256 shown and a lying file refused, and the review both ways with its trail.
 */
class DutyItemPagesTest extends DutyPagesCase {
    /**
     * A duty is named as a reader names it: the item's page says where it stands in the catalogue ("职责清单第N项"),
     * and the catalogue's table lists 序号 and 职责事项, not the English codes the API and the publish format keep.
     */
    @Test
    void theItemAndTheCatalogueNameADutyByItsPlaceNotItsCode() {
        County c = county();
        plan(c, 2024);
        DutyItem i = item(c.justiceHead(), 2024, "MAJOR_DECISIONS");
        java.util.List<String> codes = duties.catalog().forYear(2024).entries().stream()
                .map(org.fazhi.duty.duties.CatalogEntry::code).toList();
        String page = text(admin.get(itemPath(i)).body());
        assertFalse(page.contains("MAJOR_DECISIONS") || page.contains("职责代码"), page);
        assertTrue(page.contains("依据 职责清单第" + (codes.indexOf("MAJOR_DECISIONS") + 1) + "项"), page);
        assertEquals("MAJOR_DECISIONS", server.login(TestServer.ADMIN).get("/api/duties/" + i.id()).json().get("code").asText(),
                "the API keeps the code");
        String catalogue = admin.get("/duties/catalog?year=2024").body();
        String inForce = text(table(catalogue, "catalog-in-force"));
        assertFalse(inForce.contains("代码") || inForce.contains("MAJOR_DECISIONS"), inForce);
        assertTrue(inForce.contains(i.title()), inForce);
    }

    @Test
    void anItemIsEditedAndAStaleFormIsRefusedKeepingWhatWasTyped() {
        County c = county();
        plan(c, 2024);
        DutyItem i = item(c.justiceHead(), 2024, "MAJOR_DECISIONS");
        String page = admin.get(itemPath(i)).body();
        assertTrue(page.contains(i.title()) && page.contains("重大行政决策程序暂行条例"), "title and legal basis");
        assertTrue(page.contains(c.justiceHead().name()) && page.contains(c.justice().name()) && page.contains("2024-12-31"));
        String csrf = Forms.csrf(page);
        String v = version(page);

        Http.Res noReason = admin.form(itemPath(i), fields("_csrf", csrf, "version", v, "status", "NOT_APPLICABLE",
                "naReason", "", "note", "备注先写上", "dueDate", "2024-12-31"));
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("选择“不适用”时必须填写不适用理由"), "the message beside the field");
        assertEquals("备注先写上", textarea(noReason.body(), "note"), "what was typed stays");

        Http.Res saved = admin.form(itemPath(i), fields("_csrf", csrf, "version", v, "status", "NOT_APPLICABLE",
                "naReason", "本年度未作出重大行政决策", "note", "经办公室核实", "dueDate", "2024-12-20"));
        assertEquals(303, saved.status(), saved.body());
        assertTrue(saved.header("Location").endsWith(itemPath(i) + "?msg=saved"));
        page = admin.get(saved.header("Location")).body();
        assertTrue(text(page).contains("已保存") && page.contains("id=\"item-status\">不适用<"), "saved");
        assertTrue(page.contains("本年度未作出重大行政决策") && page.contains("2024-12-20"), "reason and the moved due date");

        Http.Res stale = admin.form(itemPath(i), fields("_csrf", csrf, "version", v, "status", "IN_PROGRESS",
                "naReason", "", "note", "另一位同事写的备注", "dueDate", "2024-12-20"));
        assertEquals(409, stale.status());
        assertTrue(stale.body().contains("该记录已被他人修改"), "a clear conflict message");
        assertEquals("另一位同事写的备注", textarea(stale.body(), "note"), "what was typed is kept");
        assertEquals(DutyStatus.NOT_APPLICABLE, item(c.justiceHead(), 2024, "MAJOR_DECISIONS").status(), "nothing overwritten");
    }

    @Test
    void evidenceIsUploadedAsAMultipartFormWithItsHashAndALyingFileIsRefused() {
        County c = county();
        plan(c, 2022);
        DutyItem i = item(c.countyHead(), 2022, "EXEC_MEETING_REPORT");
        String path = itemPath(i);
        String page = admin.get(path).body();
        assertTrue(page.contains("尚无佐证材料") && page.contains("enctype=\"multipart/form-data\""));
        String csrf = Forms.csrf(page);

        assertEquals(403, multipart(admin, path + "/evidence", "照片.png", "image/png", PNG,
                "title", "没有令牌", "effectiveDate", "2022-05-20").statusCode(), "no CSRF token, no upload");

        HttpResponse<String> up = multipart(admin, path + "/evidence?_csrf=" + csrf, "常务会议照片.png", "image/png", PNG,
                "title", "常务会议听取法治汇报照片", "effectiveDate", "2022-05-20");
        assertEquals(303, up.statusCode(), up.body());
        page = admin.get(path + "?msg=uploaded").body();
        String sha = FileStore.sha256(PNG);
        assertTrue(text(page).contains("佐证材料已上传"), "the confirmation");
        assertTrue(page.contains("title=\"" + sha + "\"") && page.contains(">" + sha.substring(0, 12) + "…<"),
                "the SHA-256 shortened, in full in the title");
        Matcher img = Pattern.compile("<img class=\"evidence-preview\" src=\"(/api/duty-evidence/\\d+/file)\"").matcher(page);
        assertTrue(img.find(), "images preview inline");
        assertArrayEquals(PNG, download(admin, img.group(1)), "the preview is the uploaded file");
        assertTrue(page.contains("形成日期 2022-05-20") && page.contains("上传于 ") && page.contains(TestServer.ADMIN));
        assertTrue(Files.isRegularFile(server.dataDir().resolve("attachments").resolve("duty").resolve(sha.substring(0, 2))
                .resolve(sha + ".bin")), "stored beside the database under its hash");
        long files = storedFiles();

        HttpResponse<String> lie = multipart(admin, path + "/evidence?_csrf=" + csrf, "会议纪要.pdf", "application/pdf",
                "这其实是一个文本文件".getBytes(StandardCharsets.UTF_8), "title", "会议纪要", "effectiveDate", "2022-06-01");
        assertEquals(400, lie.statusCode());
        Matcher error = Pattern.compile("<span class=\"field-error\" data-file-error >([^<]*)</span>").matcher(lie.body());
        assertTrue(error.find() && error.group(1).contains("不支持的文件类型"), "the message beside the file field");
        assertTrue(lie.body().contains("value=\"会议纪要\"") && lie.body().contains("value=\"2022-06-01\""), "what was typed stays");
        assertTrue(lie.body().contains("刚才选择的文件:会议纪要.pdf"), "and which file was refused");
        assertEquals(1, duties.evidence().list(Actor.SYSTEM, i.id()).size(), "nothing stored");
        assertEquals(files, storedFiles(), "no file written");

        Http.Res badLink = admin.form(path + "/evidence/link", fields("_csrf", csrf, "title", "新闻报道",
                "url", "ftp://example.cn/a", "effectiveDate", "2022-06-02"));
        assertEquals(400, badLink.status());
        assertTrue(badLink.body().contains("不是有效的网址") && badLink.body().contains("value=\"ftp://example.cn/a\""));
        Http.Res link = admin.form(path + "/evidence/link", fields("_csrf", csrf, "title", "县政府网站报道",
                "url", "https://www.qinghe.gov.cn/news/2022/0602.html", "effectiveDate", "2022-06-02"));
        assertEquals(303, link.status(), link.body());
        Http.Res note = admin.form(path + "/evidence/note", fields("_csrf", csrf, "title", "情况说明",
                "text", "会议未形成书面纪要<script>alert(1)</script>", "effectiveDate", "2022-06-03"));
        assertEquals(303, note.status(), note.body());

        page = admin.get(path).body();
        assertTrue(page.contains("href=\"https://www.qinghe.gov.cn/news/2022/0602.html\""), "the link opens");
        assertTrue(page.contains("会议未形成书面纪要&lt;script&gt;alert(1)&lt;/script&gt;"), "the note is escaped");
        assertFalse(page.contains("<script>alert(1)"), "never as markup");
        assertTrue(page.contains("形成日期 2022-06-03"));

        Matcher del = Pattern.compile("action=\"(" + Pattern.quote(path) + "/evidence/\\d+/delete)\" class=\"inline evidence-delete\" "
                + "data-confirm=\"确定删除佐证材料“县政府网站报道”吗").matcher(page);
        assertTrue(del.find(), "deleting asks for confirmation");
        assertEquals(303, admin.form(del.group(1), fields("_csrf", csrf)).status());
        page = admin.get(path + "?msg=deleted").body();
        assertFalse(page.contains("县政府网站报道"));
        assertEquals(2, duties.evidence().list(Actor.SYSTEM, i.id()).size());
    }

    @Test
    void theUnitSubmitsAndTheOrganiserApprovesOrReturnsWithACommentAndTheTrailShows() {
        County c = county();
        plan(c, 2021);
        Http clerk = signedIn(Role.ORGANISER, c.justice());
        String officeName = "county-office-" + SEQ.incrementAndGet();
        server.createUser(officeName, Role.ORGANISER, c.county().id());
        Http office = Forms.signedIn(server, officeName);
        DutyItem a = item(c.justiceHead(), 2021, "YEAR_END_REPORT");
        String page = clerk.get(itemPath(a)).body();
        String csrf = Forms.csrf(page);
        assertTrue(page.contains("id=\"submit-form\""), "the unit may submit");
        assertFalse(page.contains("<option value=\"DONE\""), "a unit does not declare its own duty done");

        Http.Res empty = clerk.form(itemPath(a) + "/submit", fields("_csrf", csrf, "comment", ""));
        assertEquals(400, empty.status());
        assertTrue(empty.body().contains("提交审核前请先添加至少一份佐证材料"), "evidence first");
        assertEquals(303, clerk.form(itemPath(a) + "/evidence/note", fields("_csrf", csrf, "title", "会议情况",
                "text", "2021年3月局务会议上述法", "effectiveDate", "2021-03-15")).status());
        Http.Res submitted = clerk.form(itemPath(a) + "/submit", fields("_csrf", csrf, "comment", "请审核"));
        assertEquals(303, submitted.status(), submitted.body());
        page = clerk.get(itemPath(a) + "?msg=submitted").body();
        assertTrue(text(page).contains("已提交审核") && page.contains("id=\"item-review\">待审核<"));
        assertFalse(page.contains("id=\"decide-form\""), "the unit cannot approve its own item");
        assertEquals(403, clerk.form(itemPath(a) + "/approve", fields("_csrf", csrf, "comment", "")).status());

        String officePage = office.get(itemPath(a)).body();
        String officeCsrf = Forms.csrf(officePage);
        assertTrue(officePage.contains("id=\"decide-form\"") && officePage.contains(">审核通过</button>"));
        Http.Res approved = office.form(itemPath(a) + "/approve", fields("_csrf", officeCsrf, "comment", "材料齐全"));
        assertEquals(303, approved.status(), approved.body());
        page = office.get(itemPath(a)).body();
        assertTrue(page.contains("id=\"item-status\">已完成<") && page.contains("id=\"item-review\">已通过<"));
        String trail = text(table(page, "review-trail"));
        assertTrue(trail.contains("提交审核 请审核") && trail.contains("审核通过 材料齐全 " + officeName), trail);
        assertTrue(trail.indexOf("提交审核") < trail.indexOf("审核通过"), "oldest first");
        assertFalse(page.contains("id=\"upload-form\"") || page.contains("evidence-delete"),
                "an approved item's evidence is closed");

        DutyItem b = item(c.justiceHead(), 2021, "WORK_PLAN");
        assertEquals(303, clerk.form(itemPath(b) + "/evidence/note", fields("_csrf", csrf, "title", "工作计划",
                "text", "已纳入年度工作计划", "effectiveDate", "2021-02-01")).status());
        assertEquals(303, clerk.form(itemPath(b) + "/submit", fields("_csrf", csrf, "comment", "")).status());
        Http.Res bare = office.form(itemPath(b) + "/return", fields("_csrf", officeCsrf, "comment", ""));
        assertEquals(400, bare.status());
        assertTrue(bare.body().contains("退回时必须填写退回意见"), "a return says why");
        Http.Res returned = office.form(itemPath(b) + "/return", fields("_csrf", officeCsrf, "comment", "请补充会议纪要"));
        assertEquals(303, returned.status());
        page = clerk.get(itemPath(b) + "?msg=returned").body();
        assertTrue(page.contains("id=\"item-review\">已退回<") && text(page).contains("已退回"));
        trail = text(table(page, "review-trail"));
        assertTrue(trail.contains("退回 请补充会议纪要 " + officeName), trail);
        assertTrue(page.contains("id=\"submit-form\""), "the unit may submit again");
    }
}
