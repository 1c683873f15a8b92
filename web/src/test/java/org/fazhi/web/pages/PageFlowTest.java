package org.fazhi.web.pages;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The pages over plain HTTP with cookies, as a browser sends them: CSRF on every form, field errors,
 * escaping of what users typed, what each role may see and do, static files and security headers
 * ({@link SignInFlowTest}: signing in). One server for the class; each test makes the records it needs.
 */
class PageFlowTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @AutoClose
    private static final TestServer server = new TestServer();
    private static final Org county = org("页面测试县人民政府", OrgKind.COUNTY_GOV, null);

    // ---- CSRF and forms ----

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String name = "无令牌单位" + SEQ.incrementAndGet();
        Http.Res r = admin.form("/orgs", fields("name", name, "kind", "DEPARTMENT", "parentId", id(county)));
        assertEquals(403, r.status());
        assertTrue(r.body().contains("安全校验失败"), r.body());
        assertTrue(find(name).isEmpty(), "nothing was created");

        Http.Res wrong = admin.form("/orgs", fields("_csrf", "forged-token", "name", name, "kind", "DEPARTMENT",
                "parentId", id(county)));
        assertEquals(403, wrong.status());
        assertTrue(find(name).isEmpty(), "nothing was created with a forged token");
    }

    @Test
    void aFormWithTheSessionsTokenCreatesTheUnit() {
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String name = "有令牌单位" + SEQ.incrementAndGet();
        String csrf = Forms.csrf(admin.get("/orgs/new").body());
        Http.Res r = admin.form("/orgs", fields("_csrf", csrf, "name", name, "kind", "DEPARTMENT", "parentId", id(county)));
        assertEquals(303, r.status(), r.body());
        assertEquals(URI.create(server.baseUrl() + "/orgs?msg=created"), Forms.location(server.baseUrl(), r));
        Org created = find(name).orElseThrow(() -> new AssertionError("unit not stored"));
        assertEquals(county.id(), created.parentId());
        assertEquals(OrgKind.DEPARTMENT, created.kind());
        String list = admin.get("/orgs?msg=created").body();
        assertTrue(list.contains(">" + name + "</a>"), "listed in the tree");
        assertTrue(list.contains("已新建。"));
    }

    @Test
    void aFormErrorAnswers400WithTheMessageBesideTheFieldAndTheTypedValuesKept() {
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String csrf = Forms.csrf(admin.get("/orgs/new").body());
        int before = server.services().orgs().visible(Actor.SYSTEM).size();

        Http.Res empty = admin.form("/orgs", fields("_csrf", csrf, "name", "", "kind", "TOWNSHIP", "parentId", id(county)));
        assertEquals(400, empty.status());
        assertTrue(empty.body().matches("(?s).*name=\"name\"[^>]*aria-invalid=\"true\">\\s*<span class=\"field-error\">单位名称不能为空</span>.*"),
                "the message sits beside the name field:\n" + empty.body());
        assertTrue(selected(empty.body(), "TOWNSHIP"), "the chosen kind is kept");
        assertTrue(selected(empty.body(), id(county)), "the chosen parent is kept");
        assertEquals(csrf, Forms.csrf(empty.body()), "the form can be sent again as it is");

        String longName = "很长的单位名称".repeat(9) + "超";
        Http.Res tooLong = admin.form("/orgs", fields("_csrf", csrf, "name", longName, "kind", "UNIT", "parentId", id(county)));
        assertEquals(400, tooLong.status());
        assertEquals(longName, Forms.inputValue(tooLong.body(), "name"), "the typed name is kept to be corrected");
        assertTrue(tooLong.body().contains("class=\"field-error\">单位名称"), tooLong.body());
        assertTrue(selected(tooLong.body(), "UNIT"));

        Http.Res badKind = admin.form("/orgs", fields("_csrf", csrf, "name", "类型有误的单位", "kind", "NOPE", "parentId", id(county)));
        assertEquals(400, badKind.status());
        assertEquals("类型有误的单位", Forms.inputValue(badKind.body(), "name"));
        assertTrue(badKind.body().contains("class=\"field-error\">单位类型"), badKind.body());

        assertEquals(before, server.services().orgs().visible(Actor.SYSTEM).size(), "nothing was written");
    }

    // ---- escaping ----

    @Test
    void whatUsersTypeIsShownEscapedOnEveryPage() {
        String script = "<script>alert(1)</script>";
        String attr = "\"><img src=x onerror=alert(2)>";
        Org evil = org(script, OrgKind.DEPARTMENT, county.id());
        Org evil2 = org(attr, OrgKind.DEPARTMENT, county.id());
        String quote = "x\" onmouseover=\"alert(3)";
        org(quote, OrgKind.DEPARTMENT, county.id());
        server.person(evil, script, attr, LeaderCategory.PRINCIPAL);

        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        for (String path : List.of("/orgs", "/people", "/people?orgId=" + evil.id(), "/orgs/" + evil.id() + "/edit",
                "/orgs/" + evil2.id() + "/edit", "/people/new", "/audit", "/")) {
            Http.Res r = admin.get(path);
            assertEquals(200, r.status(), path);
            assertFalse(r.body().contains("<script>alert"), path + " shows raw user text:\n" + r.body());
            assertFalse(r.body().contains("<img src=x"), path + " shows raw user text:\n" + r.body());
            assertFalse(r.body().contains("\" onmouseover=\""), path + " lets a quote end an attribute:\n" + r.body());
        }
        String orgs = admin.get("/orgs").body();
        assertTrue(orgs.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is shown, as text");
        String people = admin.get("/people").body();
        assertTrue(people.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), "the person's name is shown, as text");

        // A refused form echoes what was typed, escaped too.
        String csrf = Forms.csrf(orgs);
        Http.Res refused = admin.form("/orgs", fields("_csrf", csrf, "name", script + "x".repeat(60), "kind", "UNIT",
                "parentId", id(county)));
        assertEquals(400, refused.status());
        assertFalse(refused.body().contains("<script>alert"), refused.body());
    }

    // ---- roles ----

    @Test
    void aViewerSeesNoControlsToChangeAnything() {
        Org unit = org("查看者可见科室" + SEQ.incrementAndGet(), OrgKind.UNIT, county.id());
        server.person(unit, "查看者可见的人", "科员", LeaderCategory.STAFF);
        String name = "viewer" + SEQ.incrementAndGet();
        server.createUser(name, Role.VIEWER, null);
        Http viewer = Forms.signedIn(server, name);

        String orgs = viewer.get("/orgs").body();
        assertTrue(orgs.contains(unit.name()), "the viewer reads the tree");
        String people = viewer.get("/people").body();
        assertTrue(people.contains("查看者可见的人"), "the viewer reads the people");
        for (String page : List.of(orgs, people)) {
            // The header's 修改密码 is every account's own password (/account/password), no control over the ledger:
            // it must be there, and it is the only "修改" the page may hold.
            String ownPassword = "<a href=\"/account/password\"[^>]*>修改密码</a>";
            assertTrue(page.matches("(?s).*" + ownPassword + ".*"), "the header's 修改密码");
            String body = page.replaceFirst(ownPassword, "");
            for (String control : List.of("新建", "新增", "修改", "删除", "添加下级", "/delete", "/edit")) {
                assertFalse(body.contains(control), "a viewer's page offers " + control + ":\n" + body);
            }
        }
        assertFalse(orgs.contains("href=\"/audit\""), "no audit link for a viewer");
        assertFalse(orgs.contains("href=\"/users\""), "no accounts link for a viewer");
        // Typing the address of a form does not open it either.
        for (String form : List.of("/orgs/new", "/orgs/" + unit.id() + "/edit", "/people/new")) {
            assertEquals(403, viewer.get(form).status(), form);
        }
    }

    @Test
    void aViewersPostsAreRefusedEvenWithAValidToken() {
        Org unit = org("查看者不能删的科室" + SEQ.incrementAndGet(), OrgKind.UNIT, county.id());
        String name = "viewer" + SEQ.incrementAndGet();
        server.createUser(name, Role.VIEWER, null);
        Http viewer = Forms.signedIn(server, name);
        String csrf = Forms.csrf(viewer.get("/orgs").body());

        String newName = "查看者想建的单位" + SEQ.incrementAndGet();
        Http.Res create = viewer.form("/orgs", fields("_csrf", csrf, "name", newName, "kind", "UNIT", "parentId", id(county)));
        assertEquals(403, create.status());
        assertTrue(create.body().contains("没有权限"), create.body());
        assertTrue(find(newName).isEmpty());

        assertEquals(403, viewer.form("/orgs/" + unit.id() + "/delete", fields("_csrf", csrf)).status());
        assertEquals(403, viewer.form("/orgs/" + unit.id(), fields("_csrf", csrf, "name", "改名", "kind", "UNIT",
                "parentId", id(county), "version", "0")).status());
        Org still = find(unit.name()).orElseThrow(() -> new AssertionError("the viewer deleted a unit"));
        assertEquals(unit.version(), still.version(), "the viewer changed a unit");
    }

    @Test
    void theAuditLogIsForAdminsOnly() {
        String organiser = "organiser" + SEQ.incrementAndGet();
        server.createUser(organiser, Role.ORGANISER, null);
        Http org = Forms.signedIn(server, organiser);
        Http.Res refused = org.get("/audit");
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("没有权限"), refused.body());
        assertFalse(org.get("/orgs").body().contains("href=\"/audit\""), "no audit link for an organiser");

        String name = "留痕单位" + SEQ.incrementAndGet();
        org("留痕单位上级" + SEQ.incrementAndGet(), OrgKind.COUNTY_GOV, null);
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String csrf = Forms.csrf(admin.get("/orgs/new").body());
        assertEquals(303, admin.form("/orgs", fields("_csrf", csrf, "name", name, "kind", "UNIT", "parentId", id(county))).status());
        Http.Res log = admin.get("/audit");
        assertEquals(200, log.status());
        assertTrue(log.body().contains("新建单位“" + name + "”"), "the change is logged:\n" + log.body());
        assertTrue(log.body().contains("<td>" + organiser + "</td><td>登录</td>"), "the organiser's sign-in is logged");
        assertTrue(log.body().contains("href=\"/audit\""));
    }

    @Test
    void setupIsClosedOnceAnAccountExists() {
        Http http = server.anonymous();
        for (String path : List.of("/setup", "/setup?token=" + server.server().setup().token())) {
            Http.Res r = http.get(path);
            assertEquals(303, r.status(), path);
            assertEquals(URI.create(server.baseUrl() + "/login"), Forms.location(server.baseUrl(), r), path);
        }
        long users = server.services().users().list(Actor.SYSTEM).size();
        Http.Res post = http.form("/setup", fields("token", server.server().setup().token(), "username", "intruder",
                "password", "intruder-password", "password2", "intruder-password"));
        assertEquals(303, post.status());
        assertEquals(users, server.services().users().list(Actor.SYSTEM).size(), "no admin was created");
    }

    // ---- static files and headers ----

    @Test
    void staticFilesAreServedWithTheirTypeAndNothingOutsideStaticIs() {
        Http http = server.anonymous();
        Http.Res css = http.get("/static/app.css");
        assertEquals(200, css.status());
        assertTrue(css.header("Content-Type").startsWith("text/css"), css.header("Content-Type"));
        assertTrue(css.body().contains("--accent"), "the stylesheet itself");
        Http.Res js = http.get("/static/app.js");
        assertEquals(200, js.status());
        assertTrue(js.header("Content-Type").startsWith("text/javascript"), js.header("Content-Type"));

        // Signed in or not, nothing but the files of static/ comes out; encoded dots are refused by Jetty itself (400).
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        for (Http client : List.of(http, admin)) {
            for (String path : List.of("/static/../pom.xml", "/static/./../pom.xml", "/static/x/../../pom.xml",
                    "/static/../api/orgs", "/static/logback.xml", "/static/nothere.css")) {
                Http.Res r = client.get(path);
                assertEquals(404, r.status(), path);
                assertNotLeaked(path, r);
            }
            for (String path : List.of("/static/%2e%2e/pom.xml", "/static/..%2fpom.xml", "/static/..%5cpom.xml",
                    "/static/%2e%2e%2f%2e%2e%2fpom.xml", "/static/..;/pom.xml", "/static/..%2f..%2flogback.xml",
                    "/static/../../../../etc/passwd")) {
                Http.Res r = client.get(path);
                assertTrue(r.status() == 400 || r.status() == 404, path + " → " + r.status());
                assertNotLeaked(path, r);
            }
        }
    }

    @Test
    void everyPageSendsAContentSecurityPolicy() {
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        for (String path : List.of("/", "/orgs", "/orgs/new", "/people", "/people/new", "/users", "/users/new", "/audit",
                "/orgs/999999/edit", "/no-such-page", "/static/app.css")) {
            Http.Res r = admin.get(path);
            assertCsp(path, r);
        }
        Http anonymous = server.anonymous();
        for (String path : List.of("/login", "/setup", "/orgs")) {
            assertCsp(path, anonymous.get(path));
        }
        assertCsp("POST /login (401)", Forms.signIn(server.anonymous(), TestServer.ADMIN, "wrong-password", "/"));
    }

    // ---- helpers ----

    private static void assertNotLeaked(String path, Http.Res r) {
        assertFalse(r.body().contains("<project") || r.body().contains("root:x:") || r.body().contains("<configuration")
                || r.body().startsWith("["), path + " leaked something:\n" + r.body());
    }

    private static void assertCsp(String what, Http.Res r) {
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp, what + " (" + r.status() + ") has no Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
    }

    private static Org org(String name, OrgKind kind, Long parentId) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parentId));
    }

    private static Optional<Org> find(String name) {
        return server.services().orgs().visible(Actor.SYSTEM).stream().filter(o -> o.name().equals(name)).findFirst();
    }

    private static String id(Org org) {
        return String.valueOf(org.id());
    }

    private static boolean selected(String html, String value) {
        return html.contains("<option value=\"" + value + "\" selected>");
    }





}
