package org.fazhi.web.duties;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.duties.DutyChanges;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.files.FileStore;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 第一责任人 pages over plain HTTP with cookies, as a browser without scripts posts their forms:
 * the board counted by hand, the plan form run twice, an item edited (and a stale form refused with
 * what was typed kept), evidence uploaded as a multipart form with its SHA-256 shown, a lying file
 * refused, links and notes, the review both ways with its trail, roles, scope and CSRF.
 *
 * <p>One server for the class; each test makes its own county and plans a year no other test uses,
 * so the whole-ledger lists a test reads hold only its own items.
 */
class DutyPagesTest {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final byte[] PNG = HexFormat.of().parseHex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d49444154789c6360000002000185d114090000000049454e44ae426082");
    private static final String BOUNDARY = "----fazhi-duty-pages";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private static TestServer server;
    private static Duties duties;
    private static Http admin;

    /** 县政府 (王县长) with 司法局 (张局长, 李副局长 as DEPUTY) and 财政局 (钱局长) below it. */
    private record County(Org county, Org justice, Org finance, Person countyHead, Person justiceHead,
                          Person justiceDeputy, Person financeHead) {
    }

    @BeforeAll
    static void start() {
        server = new TestServer();
        duties = server.server().duty().duties();
        admin = Forms.signedIn(server, TestServer.ADMIN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---- fixtures ----

    private static County county() {
        int n = SEQ.incrementAndGet();
        Org county = org("清河县人民政府" + n, OrgKind.COUNTY_GOV, null);
        Org justice = org("县司法局" + n, OrgKind.DEPARTMENT, county);
        Org finance = org("县财政局" + n, OrgKind.DEPARTMENT, county);
        return new County(county, justice, finance, person(county, "王县长" + n, LeaderCategory.PRINCIPAL),
                person(justice, "张局长" + n, LeaderCategory.PRINCIPAL), person(justice, "李副局长" + n, LeaderCategory.DEPUTY),
                person(finance, "钱局长" + n, LeaderCategory.PRINCIPAL));
    }

    private static Org org(String name, OrgKind kind, Org parent) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parent == null ? null : parent.id()));
    }

    private static Person person(Org org, String name, LeaderCategory category) {
        return server.services().people().create(Actor.SYSTEM, Person.draft(org.id(), name, "负责人", category));
    }

    private static Http signedIn(Role role, Org scope) {
        String name = role.code() + "-duty-" + SEQ.incrementAndGet();
        server.createUser(name, role, scope == null ? null : scope.id());
        return Forms.signedIn(server, name);
    }

    private static void plan(County c, int year) {
        assertEquals(7 + 2 * 5, duties.plans().plan(Actor.SYSTEM, year, c.county().id()),
                "the county's principal × 7 duties, the 司法局's and the 财政局's × 5 (no 政府常务会议 duties)");
    }

    private static DutyItem item(Person p, int year, String code) {
        List<DutyItem> items = duties.items().list(Actor.SYSTEM,
                new DutyFilter(null, year, p.id(), code, null, null, null), new Page(10, 0)).items();
        assertEquals(1, items.size(), p.name() + " " + year + " " + code);
        return items.get(0);
    }

    private static void set(Person p, int year, String code, DutyStatus status, String reason) {
        duties.items().update(Actor.SYSTEM, item(p, year, code).id(), new DutyChanges(status, reason, null, null), null);
    }

    private static String itemPath(DutyItem i) {
        return "/duties/items/" + i.id();
    }

    /** The visible text of a page, without tags. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    /** The HTML with the escapes mustache puts in attribute values undone ("=" is written "&#61;"). */
    private static String decoded(String html) {
        return html.replace("&#61;", "=").replace("&amp;", "&");
    }

    /** The HTML of the element with this id up to the end of its table. */
    private static String table(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertTrue(at >= 0, "no #" + id + " on the page");
        return html.substring(at, html.indexOf("</table>", at));
    }

    private static String textarea(String html, String name) {
        Matcher m = Pattern.compile("<textarea[^>]*name=\"" + name + "\"[^>]*>([^<]*)</textarea>").matcher(html);
        assertTrue(m.find(), "no textarea " + name);
        return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String version(String html) {
        Matcher m = VERSION.matcher(html);
        assertTrue(m.find(), "the edit form carries the version it was read at");
        return m.group(1);
    }

    /** The position of each name in the HTML, to check the order rows come in. */
    private static List<Integer> positions(String html, String... names) {
        List<Integer> out = new ArrayList<>();
        for (String n : names) {
            int i = html.indexOf(">" + n + "<");
            assertTrue(i >= 0, n + " is listed");
            out.add(i);
        }
        return out;
    }

    private static HttpResponse<String> multipart(Http who, String path, String fileName, String type, byte[] file,
                                                  String... fields) {
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int i = 0; i < fields.length; i += 2) {
                body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                        + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file);
            body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpClient client = HttpClient.newBuilder().cookieHandler(who.cookies()).build();
            return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] download(Http who, String path) {
        try {
            HttpClient client = HttpClient.newBuilder().cookieHandler(who.cookies()).build();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), path);
            return r.body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static long storedFiles() {
        Path dir = server.dataDir().resolve("attachments").resolve("duty");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ---- the board and the plan ----

    @Test
    void theBoardShowsHandCountedFiguresWhoIsBehindFirstAndThePlanFormRunsTwice() {
        County c = county();
        String board = "/duties?year=2023&orgId=" + c.county().id();
        String page = admin.get(board).body();
        assertTrue(page.contains("还没有职责事项"), "nothing planned yet");
        String csrf = Forms.csrf(page);

        Http.Res first = admin.form("/duties/plan", fields("_csrf", csrf, "year", "2023", "orgId", String.valueOf(c.county().id())));
        assertEquals(303, first.status(), first.body());
        page = admin.get(first.header("Location")).body();
        assertTrue(text(page).contains("已生成2023年度计划:新增职责事项 17 项"), text(page));

        Http.Res second = admin.form("/duties/plan", fields("_csrf", csrf, "year", "2023", "orgId", String.valueOf(c.county().id())));
        assertEquals(303, second.status());
        assertTrue(second.header("Location").contains("created=0"), second.header("Location"));
        page = admin.get(second.header("Location")).body();
        assertTrue(text(page).contains("0 新增"), "running the plan again creates nothing");

        // By hand: 17 items. 张局长 2 done + 1 not applicable, 钱局长 1 done; 2023 is past, so every open item is overdue.
        set(c.justiceHead(), 2023, "YEAR_END_REPORT", DutyStatus.DONE, null);
        set(c.justiceHead(), 2023, "WORK_PLAN", DutyStatus.DONE, null);
        set(c.justiceHead(), 2023, "MAJOR_DECISIONS", DutyStatus.NOT_APPLICABLE, "本年度未作出重大行政决策");
        set(c.financeHead(), 2023, "WORK_PLAN", DutyStatus.DONE, null);

        page = admin.get(board).body();
        assertTrue(page.contains("id=\"fig-total\">17<"), "17 items");
        assertTrue(page.contains("id=\"fig-done\">3<"), "3 done");
        assertTrue(page.contains(">13</a>"), "17 − 3 done − 1 not applicable = 13 overdue");
        assertTrue(page.contains("id=\"fig-rate\">18.8%<"), "3 ÷ (17 − 1) = 18.75%");

        String units = table(page, "unit-progress");
        List<Integer> unitOrder = positions(units, c.county().name() + "(本单位领导)", c.finance().name(), c.justice().name());
        assertTrue(unitOrder.get(0) < unitOrder.get(1) && unitOrder.get(1) < unitOrder.get(2),
                "behind first: 县政府 0.0%, 财政局 20.0%, 司法局 50.0%");
        String people = table(page, "person-progress");
        List<Integer> order = positions(people, c.countyHead().name(), c.financeHead().name(), c.justiceHead().name());
        assertTrue(order.get(0) < order.get(1) && order.get(1) < order.get(2), "王县长 0.0%, 钱局长 20.0%, 张局长 50.0%");
        assertFalse(people.contains(c.justiceDeputy().name()), "the deputy has no principal duties");
        String zhang = people.substring(order.get(2));
        zhang = zhang.substring(0, zhang.indexOf("</tr>"));
        assertTrue(text(zhang).contains("5 2 2 1") && zhang.contains("50.0%") && zhang.contains("逾期 2 项"), text(zhang));
        assertTrue(zhang.contains("<meter") && zhang.contains("value=\"50.0\""), "a bar beside the number");
        String qian = people.substring(order.get(1), order.get(2));
        assertTrue(text(qian).contains("5 1 4 0") && qian.contains("20.0%"), text(qian));

        assertTrue(decoded(page).contains("/api/duty-progress/export?format=xlsx&year=2023&orgId=" + c.county().id() + "\""),
                "links to the export of what is shown");
        assertTrue(decoded(page).contains("href=\"/duties/items?year=2023&orgId=" + c.county().id() + "\""), "tab to the items");
        assertTrue(page.contains("href=\"/duties/law-reports?year=2023\"") && page.contains("href=\"/rectifications?year=2023\"")
                && page.contains("href=\"/duties/catalog?year=2023\""), "tabs to 述法, 整改 and the catalogue");
    }

    @Test
    void aPlanForAYearWithoutACatalogueIsRefusedBesideTheYear() {
        County c = county();
        String csrf = Forms.csrf(admin.get("/duties").body());
        Http.Res r = admin.form("/duties/plan", fields("_csrf", csrf, "year", "2010", "orgId", String.valueOf(c.county().id())));
        assertEquals(400, r.status());
        assertTrue(r.body().contains("2010年没有适用的职责清单"), r.body());
        assertEquals(0, duties.items().list(Actor.SYSTEM, new DutyFilter(c.county().id(), 2010, null, null, null, null, null),
                new Page(10, 0)).total());
    }

    // ---- one item ----

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

    // ---- evidence ----

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

    // ---- review ----

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

    // ---- roles, scope, CSRF ----

    @Test
    void aViewerSeesNoFormsAndItsPostsAreRefused() {
        County c = county();
        plan(c, 2020);
        Http viewer = signedIn(Role.VIEWER, null);
        DutyItem i = item(c.financeHead(), 2020, "WORK_PLAN");
        String page = viewer.get(itemPath(i)).body();
        assertTrue(page.contains(i.title()));
        for (String form : List.of("edit-form", "upload-form", "link-form", "note-form", "submit-form", "decide-form")) {
            assertFalse(page.contains("id=\"" + form + "\""), "no " + form);
        }
        String board = viewer.get("/duties?year=2020&orgId=" + c.county().id()).body();
        assertFalse(board.contains("action=\"/duties/plan\""), "no plan form");
        String csrf = Forms.csrf(page);
        assertEquals(403, viewer.form(itemPath(i), fields("_csrf", csrf, "version", version0(i), "status", "IN_PROGRESS",
                "note", "查看者的修改")).status());
        assertEquals(403, viewer.form(itemPath(i) + "/evidence/note", fields("_csrf", csrf, "title", "x", "text", "y",
                "effectiveDate", "2020-05-01")).status());
        assertEquals(403, multipart(viewer, itemPath(i) + "/evidence?_csrf=" + csrf, "a.png", "image/png", PNG,
                "title", "x", "effectiveDate", "2020-05-01").statusCode());
        assertEquals(403, viewer.form("/duties/plan", fields("_csrf", csrf, "year", "2020")).status());
        DutyItem after = item(c.financeHead(), 2020, "WORK_PLAN");
        assertEquals(0, after.evidenceCount());
        assertEquals(null, after.note());
    }

    private static String version0(DutyItem i) {
        return String.valueOf(i.version());
    }

    @Test
    void aScopedOrganiserCannotOpenOrChangeAnotherUnitsItem() {
        County c = county();
        plan(c, 2018);
        Http clerk = signedIn(Role.ORGANISER, c.justice());
        DutyItem other = item(c.financeHead(), 2018, "WORK_PLAN");
        assertEquals(403, clerk.get(itemPath(other)).status());
        String csrf = Forms.csrf(clerk.get("/duties").body());
        assertEquals(403, clerk.form(itemPath(other), fields("_csrf", csrf, "version", version0(other),
                "status", "IN_PROGRESS", "note", "越权")).status());
        assertEquals(403, clerk.form(itemPath(other) + "/evidence/note", fields("_csrf", csrf, "title", "x", "text", "y",
                "effectiveDate", "2018-05-01")).status());
        assertEquals(403, clerk.get("/duties/items?orgId=" + c.finance().id()).status());
        assertEquals(403, clerk.get("/duties?year=2018&orgId=" + c.finance().id()).status());
        assertEquals(404, clerk.get("/duties/items/99999999").status());

        String own = clerk.get("/duties/items?year=2018").body();
        assertTrue(own.contains(c.justiceHead().name()) && !own.contains(c.financeHead().name()), "only its own unit");
        assertTrue(text(own).contains("共 5 项"), "a 司法局's head has no 政府常务会议 duties");
        assertEquals(null, item(c.financeHead(), 2018, "WORK_PLAN").note());
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() {
        County c = county();
        plan(c, 2017);
        DutyItem i = item(c.countyHead(), 2017, "WORK_PLAN");
        assertEquals(403, admin.form("/duties/plan", fields("year", "2017", "orgId", String.valueOf(c.county().id()))).status());
        assertEquals(403, admin.form(itemPath(i), fields("version", version0(i), "status", "IN_PROGRESS", "note", "无令牌")).status());
        assertEquals(403, admin.form(itemPath(i) + "/evidence/note", fields("title", "x", "text", "y", "effectiveDate", "2017-05-01")).status());
        assertEquals(403, admin.form(itemPath(i) + "/submit", fields("comment", "")).status());
        assertEquals(403, admin.form("/duties/catalog", fields("label", "x", "fromYear", "2099", "entries", "A|B|YEARLY|PRINCIPAL||")).status());
        assertEquals(null, item(c.countyHead(), 2017, "WORK_PLAN").note());
        assertEquals(0, item(c.countyHead(), 2017, "WORK_PLAN").evidenceCount());
    }

    // ---- the dashboard's links ----

    @Test
    void theDashboardsLinksAnswerWithTheirFilters() {
        County c = county();
        plan(c, 2019);
        set(c.countyHead(), 2019, "WORK_PLAN", DutyStatus.DONE, null);
        DutyItem submitted = item(c.justiceHead(), 2019, "ANNUAL_REPORT");
        duties.evidence().addNote(Actor.SYSTEM, submitted.id(), "年度报告", "已于4月1日前公开", java.time.LocalDate.of(2019, 3, 28));
        duties.reviews().submit(Actor.SYSTEM, submitted.id(), null);

        Http.Res board = admin.get("/duties?year=2019");
        assertEquals(200, board.status());
        assertTrue(text(board.body()).contains("2019年度第一责任人履职进度"));

        Http.Res overdue = admin.get("/duties/items?year=2019&status=OVERDUE");
        assertEquals(200, overdue.status());
        assertTrue(overdue.body().contains("<option value=\"OVERDUE\" selected>"), "the filter shows what is listed");
        assertTrue(overdue.body().contains("<option value=\"2019\" selected>"));
        assertTrue(text(overdue.body()).contains("共 16 项"), "17 items, 1 done: every other 2019 item is past its date");
        String rows = table(overdue.body(), "duty-items");
        assertEquals(16, rows.split("<tr class=\"overdue\"").length - 1, "each row marked overdue");
        assertFalse(rows.contains(">已完成<"));
        assertTrue(decoded(overdue.body()).contains("/api/duties/export?format=xlsx&year=2019&status=OVERDUE\""), "export of the same");

        Http.Res awaiting = admin.get("/duties/items?year=2019&reviewState=SUBMITTED");
        assertEquals(200, awaiting.status());
        assertTrue(awaiting.body().contains("<option value=\"SUBMITTED\" selected>"));
        assertTrue(text(awaiting.body()).contains("共 1 项"));
        assertTrue(awaiting.body().contains("href=\"/duties/items/" + submitted.id() + "\""));

        assertEquals(400, admin.get("/duties/items?status=LATE").status(), "an unknown status is named");
    }

    // ---- the catalogue ----

    @Test
    void adminsPublishACatalogueVersionWithRowErrorsAndPastYearsKeepTheirItems() {
        County c = county();
        plan(c, 2016);
        String before = item(c.countyHead(), 2016, "WORK_PLAN").title();
        Http office = signedIn(Role.ORGANISER, null);
        String officePage = office.get("/duties/catalog").body();
        assertTrue(officePage.contains("第1版") && officePage.contains("EXEC_MEETING_REPORT"));
        assertFalse(officePage.contains("<form method=\"post\" action=\"/duties/catalog\""), "only admins publish");
        assertEquals(403, office.form("/duties/catalog", fields("_csrf", Forms.csrf(officePage), "label", "x",
                "fromYear", "2095", "entries", "A1|B|YEARLY|PRINCIPAL||")).status());

        String page = admin.get("/duties/catalog?year=2016").body();
        assertTrue(page.contains("发布新版本不会改变已生成的职责事项"), "the page says past years keep their items");
        assertTrue(textarea(page, "entries").startsWith("EXEC_MEETING_REPORT|"), "starts from the newest version");
        Http.Res csv = admin.get("/duties/catalog/export?format=csv&year=2016");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("代码,职责事项,频次,适用人员,依据,截止日,版本") && csv.body().contains("WORK_PLAN,将法治政府建设纳入"),
                csv.body());
        assertTrue(decoded(page).contains("href=\"/duties/catalog/export?format=xlsx&year=2016\""), "the page links to it");
        String csrf = Forms.csrf(page);
        Http.Res bad = admin.form("/duties/catalog", fields("_csrf", csrf, "label", "2095年版", "fromYear", "2095",
                "entries", "WORK_PLAN|纳入年度计划|YEARLY|PRINCIPAL||03-31\n\nREPORT|述法|WEEKLY|PRINCIPAL||\nSTAFF_ONLY|x|YEARLY|STAFF||"));
        assertEquals(400, bad.status());
        String lines = text(table(bad.body(), "line-errors"));
        assertTrue(lines.contains("第3行:频次“WEEKLY”无效"), lines);
        assertTrue(lines.contains("第4行:工作人员不是负责人"), lines);
        assertTrue(textarea(bad.body(), "entries").contains("REPORT|述法|WEEKLY"), "what was typed stays");

        Http.Res dup = admin.form("/duties/catalog", fields("_csrf", csrf, "label", "2095年版", "fromYear", "2095",
                "entries", "WORK_PLAN|纳入年度计划|每年|正职(主要负责人)||03-31\nWORK_PLAN|又一项|YEARLY|PRINCIPAL||"));
        assertEquals(400, dup.status());
        assertTrue(text(table(dup.body(), "line-errors")).contains("第2行:职责代码 WORK_PLAN 重复"), dup.body());

        Http.Res ok = admin.form("/duties/catalog", fields("_csrf", csrf, "label", "2095年修订版", "fromYear", "2095",
                "entries", "WORK_PLAN|将法治建设纳入年度计划(修订)|YEARLY|PRINCIPAL、DEPUTY|新规定第五条|03-31\nNEW_DUTY|新增的职责|每季度|PRINCIPAL||"));
        assertEquals(303, ok.status(), ok.body());
        page = admin.get(ok.header("Location")).body();
        assertTrue(text(page).contains("新版本职责清单已发布") && page.contains("2095年修订版"));
        assertTrue(text(page).contains("自2095年起适用 · 共 2 项"));

        assertEquals(before, item(c.countyHead(), 2016, "WORK_PLAN").title(), "a past year keeps its items");
        assertEquals(0, duties.plans().plan(Actor.SYSTEM, 2016, c.county().id()), "and its plan is complete still");
        assertEquals(2 * 3 + 1, duties.plans().plan(Actor.SYSTEM, 2095, c.county().id()),
                "2095 uses the new version: 2 duties for 3 principals, and WORK_PLAN for the deputy too");
    }
}
