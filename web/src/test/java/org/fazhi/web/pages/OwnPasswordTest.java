package org.fazhi.web.pages;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * 修改密码 over HTTP: every account changes its own password at /account/password (and PUT /api/me/password)
 * with its current one; a wrong current password is refused beside its field and counts toward the login
 * throttle; the change ends the account's other sessions and keeps this one; an admin's reset of another
 * account asks for the new password twice.
 */
class OwnPasswordTest {
    private static final String NEW = "brand-new-pass-9";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @AutoClose
    private static final TestServer server = new TestServer();

    @Test
    void everyRoleHasTheLinkInTheHeaderAndTheFormWithItsThreeFields() {
        for (Role role : Role.values()) {
            String name = account(role);
            Http http = Forms.signedIn(server, name);
            String header = http.get("/orgs").body();
            assertTrue(header.matches("(?s).*<div class=\"who\">.*<a href=\"/account/password\"[^>]*>修改密码</a>.*"), role + ": the header's link");
            Http.Res page = http.get("/account/password");
            assertEquals(200, page.status(), role + ": " + page.body());
            for (String field : List.of("currentPassword", "newPassword", "confirmPassword")) {
                assertTrue(page.body().contains("name=\"" + field + "\" type=\"password\""), role + " " + field);
            }
            assertTrue(page.body().contains("当前密码") && page.body().contains("新密码") && page.body().contains("确认新密码"));
            assertTrue(page.body().contains("name=\"_once\""), "a one-time token, as every form");
        }
    }

    @Test
    void aChangeEndsTheOtherSessionsKeepsThisOneIsAuditedAndShowsSaved() {
        String name = account(Role.VIEWER);
        Http here = Forms.signedIn(server, name);
        Http otherBrowser = Forms.signedIn(server, name);
        Http script = server.login(name);
        Http admin = Forms.signedIn(server, TestServer.ADMIN);

        Http.Res r = change(here, TestServer.PASSWORD, NEW, NEW);
        assertEquals(303, r.status(), r.body());
        assertEquals(URI.create(server.baseUrl() + "/account/password?msg=saved"), Forms.location(server.baseUrl(), r));
        Http.Res saved = here.get("/account/password?msg=saved");
        assertEquals(200, saved.status(), "this session stays signed in");
        assertTrue(saved.body().contains("已保存"), saved.body());
        assertEquals(200, here.get("/orgs").status());

        assertEquals(303, otherBrowser.get("/orgs").status(), "the other browser's session ended");
        assertEquals(401, script.get("/api/me").status(), "the account's API token ended");
        assertEquals(200, admin.get("/orgs").status(), "another account's session is untouched");

        assertEquals(401, Forms.signIn(server.anonymous(), name, TestServer.PASSWORD, "/").status(), "the old password no longer opens");
        assertEquals(303, Forms.signIn(server.anonymous(), name, NEW, "/").status(), "the new one does");

        JsonNode entry = server.login(TestServer.ADMIN).get("/api/audit?username=" + name + "&action=PASSWORD").json().get(0);
        assertEquals("修改了自己的密码", entry.get("summary").asText(), entry.toString());
        assertFalse(entry.toString().contains(NEW) || entry.toString().contains(TestServer.PASSWORD), "never the password");
    }

    @Test
    void aWrongCurrentPasswordIsRefusedBesideItsFieldAndCountsTowardTheLoginThrottle() {
        String name = account(Role.ORGANISER);
        Http here = Forms.signedIn(server, name);
        Http other = Forms.signedIn(server, name);

        Http.Res wrong = change(here, "not-my-password", NEW, NEW);
        assertEquals(400, wrong.status(), wrong.body());
        assertTrue(wrong.body().matches("(?s).*name=\"currentPassword\"[^>]*aria-invalid=\"true\">\\s*"
                + "<span class=\"field-error\">当前密码不正确</span>.*"), wrong.body());
        assertFalse(wrong.body().contains("not-my-password") || wrong.body().contains(NEW), "no password is sent back");
        assertEquals(200, other.get("/orgs").status(), "nothing changed: the other session lives");
        assertEquals(303, Forms.signIn(server.anonymous(), name, TestServer.PASSWORD, "/").status(), "the password is unchanged");

        // No free oracle: the failures are the login's, and five since the last sign-in (just above) pause the
        // account, the form and the login alike.
        for (int i = 0; i < 5; i++) {
            assertEquals(400, change(here, "guess-" + i + "-long", NEW, NEW).status());
        }
        Http.Res paused = change(here, TestServer.PASSWORD, NEW, NEW);
        assertEquals(429, paused.status(), paused.body());
        assertTrue(paused.body().contains("当前密码错误次数过多"), paused.body());
        assertEquals(429, Forms.signIn(server.anonymous(), name, TestServer.PASSWORD, "/").status(), "the login is paused too");
        assertEquals(200, other.get("/orgs").status(), "still nothing changed");
    }

    @Test
    void aConfirmationThatDiffersOrANewPasswordTooShortIsRefusedBesideItsField() {
        String name = account(Role.VIEWER);
        Http here = Forms.signedIn(server, name);

        Http.Res mismatch = change(here, TestServer.PASSWORD, NEW, NEW + "x");
        assertEquals(400, mismatch.status());
        assertTrue(mismatch.body().matches("(?s).*name=\"confirmPassword\"[^>]*aria-invalid=\"true\">\\s*"
                + "<span class=\"field-error\">两次输入的新密码不一致</span>.*"), mismatch.body());

        Http.Res shortOne = change(here, TestServer.PASSWORD, "short", "short");
        assertEquals(400, shortOne.status());
        assertTrue(shortOne.body().matches("(?s).*name=\"newPassword\"[^>]*aria-invalid=\"true\">\\s*"
                + "<span class=\"field-error\">密码至少8位</span>.*"), shortOne.body());

        Http.Res empty = change(here, "", NEW, NEW);
        assertEquals(400, empty.status());
        assertTrue(empty.body().contains("<span class=\"field-error\">请输入当前密码</span>"), empty.body());

        assertEquals(303, Forms.signIn(server.anonymous(), name, TestServer.PASSWORD, "/").status(), "the password is unchanged");
    }

    @Test
    void theApiChangesTheCallersOwnPasswordAndKeepsItsToken() {
        String name = account(Role.VIEWER);
        Http script = server.login(name);
        Http otherScript = server.login(name);

        Http.Res wrong = script.put("/api/me/password", Map.of("currentPassword", "not-it-at-all", "newPassword", NEW));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals("currentPassword", wrong.json().get("field").asText());
        Http.Res shortOne = script.put("/api/me/password", Map.of("currentPassword", TestServer.PASSWORD, "newPassword", "short"));
        assertEquals(400, shortOne.status());
        assertEquals("newPassword", shortOne.json().get("field").asText());
        // Broken bodies: the user's mistake (400), never a server error, and nothing changed.
        for (String body : List.of("", "{", "[]", "{\"currentPassword\":1,\"newPassword\":2}", "{\"newPassword\":\"" + NEW + "\"}",
                "{\"currentPassword\":\"" + TestServer.PASSWORD + "\"}", "{\"currentPassword\":null,\"newPassword\":null}")) {
            Http.Res r = script.raw("PUT", "/api/me/password", "application/json", body);
            assertEquals(400, r.status(), body + " → " + r.body());
        }
        assertEquals(200, otherScript.get("/api/me").status(), "nothing changed so far");

        Http.Res ok = script.put("/api/me/password", Map.of("currentPassword", TestServer.PASSWORD, "newPassword", NEW));
        assertEquals(204, ok.status(), ok.body());
        assertEquals(name, script.get("/api/me").json().get("username").asText(), "the token used stays valid");
        assertEquals(401, otherScript.get("/api/me").status(), "the account's other token ended");
        Http fresh = server.anonymous();
        fresh.loginWithToken(name, NEW);
        assertEquals(401, server.anonymous().post("/api/login", Map.of("username", name, "password", TestServer.PASSWORD)).status());
    }

    @Test
    void theAdminsResetAsksForTheNewPasswordTwice() {
        String name = account(Role.ORGANISER);
        UserAccount u = server.services().users().list(org.fazhi.model.account.Actor.SYSTEM).stream()
                .filter(a -> a.username().equals(name)).findFirst().orElseThrow();
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        String form = admin.get("/users/" + u.id() + "/edit").body();
        assertTrue(form.contains("确认新密码") && form.contains("name=\"password2\""), form);

        Map<String, String> typed = new HashMap<>(fields("_csrf", Forms.csrf(form), "displayName", "改过的名称", "role", "VIEWER",
                "orgId", "ALL", "version", Forms.inputValue(form, "version"), "password", NEW, "password2", NEW + "x"));
        Http.Res mismatch = admin.form("/users/" + u.id(), typed);
        assertEquals(400, mismatch.status(), mismatch.body());
        assertTrue(mismatch.body().matches("(?s).*name=\"password2\"[^>]*aria-invalid=\"true\">\\s*"
                + "<span class=\"field-error\">两次输入的新密码不一致</span>.*"), mismatch.body());
        UserAccount after = server.services().users().find(u.id()).orElseThrow();
        assertEquals(Role.ORGANISER, after.role(), "nothing of the form was saved");
        assertEquals(303, Forms.signIn(server.anonymous(), name, TestServer.PASSWORD, "/").status(), "the password is unchanged");

        typed.put("password2", NEW);
        Http.Res saved = admin.form("/users/" + u.id(), typed);
        assertEquals(303, saved.status(), saved.body());
        assertEquals(303, Forms.signIn(server.anonymous(), name, NEW, "/").status(), "reset");
    }

    private static Http.Res change(Http http, String current, String next, String confirm) {
        String page = http.get("/account/password").body();
        return http.form("/account/password", fields("_csrf", Forms.csrf(page), "_once", Forms.inputValue(page, "_once"),
                "currentPassword", current, "newPassword", next, "confirmPassword", confirm));
    }

    private static String account(Role role) {
        String name = "pw" + role.name().toLowerCase(java.util.Locale.ROOT) + SEQ.incrementAndGet();
        server.createUser(name, role, null);
        return name;
    }
}
