package org.fazhi.web.pages;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A session that expires while a form is open: 保存 leads to the login page, which says the sign-in expired, and
 * signing in returns to the form's page (a GET), not to the POST's target; a first visit says nothing of the kind.
 */
class ExpiredSessionTest {
    private static final TestClock clock = TestClock.on(2025, 3, 20);

    @AutoClose
    private static final TestServer server = new TestServer(clock);
    private static final Org county = server.org("过期测试县人民政府", OrgKind.COUNTY_GOV, null);

    @Test
    void aFormSavedAfterTheSessionExpiredLeadsToALoginThatSaysSoAndBackToTheFormsPage() throws Exception {
        Http browser = Forms.signedIn(server, TestServer.ADMIN);
        String formPage = "/people/new?orgId=" + county.id();
        String csrf = Forms.csrf(browser.get(formPage).body());
        clock.advance(Duration.ofHours(13)); // a browser session lasts 12 hours

        HttpResponse<String> saved = postFrom(browser, "/people", server.baseUrl() + formPage,
                fields("_csrf", csrf, "orgId", String.valueOf(county.id()), "name", "过期后保存的人", "category", "PRINCIPAL"));
        assertEquals(303, saved.statusCode(), saved.body());
        String login = saved.headers().firstValue("Location").orElseThrow();
        assertEquals("/login?next=" + URLEncoder.encode(formPage, StandardCharsets.UTF_8) + "&expired=1", login,
                "back to the form's page after signing in, not to the POST's target");

        Http.Res page = browser.get(login);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("登录已过期,请重新登录"), page.body());
        assertEquals(formPage, Forms.inputValue(page.body(), "next"));

        Http.Res signedIn = browser.form("/login", fields("_csrf", Forms.csrf(page.body()), "next", Forms.inputValue(page.body(), "next"),
                "username", TestServer.ADMIN, "password", TestServer.PASSWORD));
        assertEquals(303, signedIn.status(), signedIn.body());
        assertEquals(URI.create(server.baseUrl() + formPage), Forms.location(server.baseUrl(), signedIn));
        assertEquals(200, browser.get(formPage).status(), "the form's page opens again");
    }

    @Test
    void aPageAskedForAfterTheSessionExpiredKeepsItsQueryAndTheLoginSaysWhy() {
        Http browser = Forms.signedIn(server, TestServer.ADMIN);
        String list = "/people?orgId=" + county.id() + "&category=PRINCIPAL";
        assertEquals(200, browser.get(list).status());
        clock.advance(Duration.ofHours(13));

        Http.Res r = browser.get(list);
        assertEquals(303, r.status());
        assertEquals("/login?next=" + URLEncoder.encode(list, StandardCharsets.UTF_8) + "&expired=1", r.header("Location"));
    }

    @Test
    void aFirstVisitIsSentToTheLoginWithoutTalkOfAnExpiredSession() {
        Http stranger = server.anonymous();
        Http.Res r = stranger.get("/orgs");
        assertEquals(303, r.status());
        assertEquals("/login?next=%2Forgs", r.header("Location"));
        Http.Res page = stranger.get(r.header("Location"));
        assertFalse(page.body().contains("登录已过期"), page.body());
        assertFalse(stranger.get("/login").body().contains("登录已过期"));
    }

    @Test
    void aFormPostedWithoutARefererAfterTheSessionExpiredLeadsToTheHomePageNotThePostTarget() {
        Http browser = Forms.signedIn(server, TestServer.ADMIN);
        String csrf = Forms.csrf(browser.get("/orgs").body());
        clock.advance(Duration.ofHours(13));
        Http.Res r = browser.form("/people", fields("_csrf", csrf, "name", "无来源"));
        assertEquals(303, r.status());
        assertEquals("/login?next=%2F&expired=1", r.header("Location"));
    }

    /** Posts a form as a browser does from the page at {@code referer} (the same-origin Referrer-Policy sends it). */
    private static HttpResponse<String> postFrom(Http browser, String path, String referer, Map<String, String> fields)
            throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.client().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Referer", referer)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
