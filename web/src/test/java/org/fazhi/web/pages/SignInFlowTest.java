package org.fazhi.web.pages;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.account.Role;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Signing in over plain HTTP with cookies, as a browser does: the login page and its token, the session
 * cookie (HttpOnly, SameSite, a new id at every sign-in), wrong passwords, and where "next" may lead.
 */
class SignInFlowTest {
    private static final String SESSION = "FAZHI_SESSION";
    private static final String LOGIN_COOKIE = "FAZHI_LOGIN";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @AutoClose
    private static final TestServer server = new TestServer();


    @Test
    void theLoginPageSetsAnHttpOnlySameSiteCookieAndItsFormCarriesAHiddenToken() {
        Http.Res r = server.anonymous().get("/login");
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").startsWith("text/html"), r.header("Content-Type"));
        String cookie = setCookie(r, LOGIN_COOKIE);
        assertHttpOnlySameSite(cookie);
        String token = Forms.inputValue(r.body(), "_csrf");
        assertTrue(token.length() >= 20, "a random token in the form: " + token);
        assertTrue(r.body().matches("(?s).*<input type=\"hidden\" name=\"_csrf\" value=\"" + token + "\">.*"));
        assertEquals(token, cookieValue(cookie), "double submit: the cookie and the form hold the same token");
        assertTrue(r.body().contains("登录法治台账"));
    }

    @Test
    void theRightPasswordSetsAnHttpOnlyLaxSessionCookieAndGoesToNext() {
        Http http = server.anonymous();
        Http.Res r = Forms.signIn(http, TestServer.ADMIN, TestServer.PASSWORD, "/people?category=PRINCIPAL");
        assertEquals(303, r.status(), r.body());
        assertEquals(URI.create(server.baseUrl() + "/people?category=PRINCIPAL"), Forms.location(server.baseUrl(), r));
        String session = setCookie(r, SESSION);
        assertHttpOnlySameSite(session);
        assertTrue(session.toLowerCase(Locale.ROOT).contains("samesite=lax"), session);
        assertTrue(cookieValue(session).length() >= 20, session);
        String expired = setCookie(r, LOGIN_COOKIE);
        assertTrue(expired.toLowerCase(Locale.ROOT).contains("max-age=0"), "the one-time login token is dropped: " + expired);

        Http.Res page = http.get("/people?category=PRINCIPAL");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<h1>人员"), "signed in: the page asked for opens");
    }

    @Test
    void everySignInGetsANewSessionIdAndAPlantedOneIsNotKept() {
        Http http = server.anonymous();
        HttpCookie planted = new HttpCookie(SESSION, "planted-by-someone-else-0123456789");
        planted.setPath("/");
        http.cookies().getCookieStore().add(URI.create(server.baseUrl()), planted);

        Http.Res first = Forms.signIn(http, TestServer.ADMIN, TestServer.PASSWORD, "/");
        assertEquals(303, first.status());
        String id1 = cookieValue(setCookie(first, SESSION));
        assertNotEquals(planted.getValue(), id1, "a session id planted before sign-in is never adopted");

        String csrf = Forms.csrf(http.get("/orgs").body());
        assertEquals(303, http.form("/logout", fields("_csrf", csrf)).status());
        Http.Res second = Forms.signIn(http, TestServer.ADMIN, TestServer.PASSWORD, "/");
        assertEquals(303, second.status());
        String id2 = cookieValue(setCookie(second, SESSION));
        assertNotEquals(id1, id2, "signing in again opens a new session");

        Http third = server.anonymous();
        Http.Res other = Forms.signIn(third, TestServer.ADMIN, TestServer.PASSWORD, "/");
        String id3 = cookieValue(setCookie(other, SESSION));
        assertNotEquals(id2, id3, "two browsers of one user get different sessions");

        // The session closed by signing out no longer opens anything.
        Http stale = withSession(id1);
        assertEquals(303, stale.get("/orgs").status());
        assertEquals(200, withSession(id2).get("/orgs").status());
    }

    @Test
    void aWrongPasswordShowsTheLoginPageAgainWithA401AndTheNameKept() {
        String name = "wrongpw" + SEQ.incrementAndGet();
        server.createUser(name, Role.VIEWER, null);
        Http http = server.anonymous();
        Http.Res r = Forms.signIn(http, name, "not-the-password", "/orgs");
        assertEquals(401, r.status());
        assertTrue(r.body().contains("用户名或密码错误"), r.body());
        assertEquals(name, Forms.inputValue(r.body(), "username"), "the name typed is kept");
        assertFalse(r.body().contains("not-the-password"), "the password is never sent back");
        assertEquals("/orgs", Forms.inputValue(r.body(), "next"));
        assertTrue(r.raw().headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(SESSION + "=")
                && !cookieValue(c).isEmpty()), "no session");
        assertEquals(303, http.get("/orgs").status(), "still not signed in");
    }

    @Test
    void aLoginFormWithoutItsTokenIsRefused() {
        Http http = server.anonymous();
        http.get("/login");
        Http.Res r = http.form("/login", fields("username", TestServer.ADMIN, "password", TestServer.PASSWORD, "next", "/"));
        assertEquals(403, r.status());
        assertTrue(r.body().contains("页面已过期"), r.body());
        assertTrue(setCookies(r).stream().noneMatch(c -> c.startsWith(SESSION + "=")), "no session without the token");
    }

    @Test
    void nextNeverLeadsToAnotherSite() {
        for (String next : List.of("//evil.example", "//evil.example/orgs", "https://evil.example/", "/\\evil.example",
                "http:/evil.example", "javascript:alert(1)")) {
            Http http = server.anonymous();
            Http.Res r = Forms.signIn(http, TestServer.ADMIN, TestServer.PASSWORD, next);
            assertEquals(303, r.status(), next);
            URI target = Forms.location(server.baseUrl(), r);
            assertEquals(URI.create(server.baseUrl() + "/"), target, "next=" + next + " → " + r.header("Location"));

            // Posted straight to /login, not through the page's hidden field, it is refused as well.
            Http direct = server.anonymous();
            String token = Forms.csrf(direct.get("/login").body());
            Http.Res posted = direct.form("/login", fields("_csrf", token, "next", next,
                    "username", TestServer.ADMIN, "password", TestServer.PASSWORD));
            assertEquals(303, posted.status(), next);
            assertEquals(URI.create(server.baseUrl() + "/"), Forms.location(server.baseUrl(), posted),
                    "posted next=" + next + " → " + posted.header("Location"));
        }
    }

    // ---- helpers ----

    private static List<String> setCookies(Http.Res r) {
        return r.raw().headers().allValues("Set-Cookie");
    }
    private static String setCookie(Http.Res r, String name) {
        return setCookies(r).stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie " + name + " in " + setCookies(r)));
    }
    private static String cookieValue(String setCookie) {
        String first = setCookie.split(";", 2)[0];
        return first.substring(first.indexOf('=') + 1).strip();
    }
    private static void assertHttpOnlySameSite(String setCookie) {
        String c = setCookie.toLowerCase(Locale.ROOT);
        assertTrue(c.contains("httponly"), "HttpOnly: " + setCookie);
        assertTrue(c.contains("samesite=lax") || c.contains("samesite=strict"), "SameSite: " + setCookie);
        assertTrue(c.contains("path=/"), "Path=/: " + setCookie);
    }
    private static Http withSession(String id) {
        Http http = server.anonymous();
        HttpCookie c = new HttpCookie(SESSION, id);
        c.setPath("/");
        http.cookies().getCookieStore().add(URI.create(server.baseUrl()), c);
        return http;
    }
}
