package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.web.support.AdminPagesCase;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;

/** A new account's 管辖范围 is chosen: an organiser saved without one is refused, not given every unit. */
class AccountScopeTest extends AdminPagesCase {
    private final long unit = api.post("/api/orgs", Map.of("name", "范围县人民政府", "kind", "COUNTY_GOV")).json().get("id").asLong();

    private Http.Res create(String username, String role, String scope) {
        String html = page.get("/users/new").body();
        assertTrue(html.contains("<option value=\"\">(请选择)</option>"), "no scope is chosen for the clerk");
        Map<String, String> f = new HashMap<>(Map.of("_csrf", Forms.csrf(html), "username", username, "role", role,
                "orgId", scope, "password", "a-long-password-1", "password2", "a-long-password-1"));
        return page.form("/users", f);
    }

    private JsonNode account(String username) {
        for (JsonNode u : api.get("/api/users").json()) {
            if (u.get("username").asText().equals(username)) {
                return u;
            }
        }
        return null;
    }

    @Test
    void anOrganiserWithoutAChosenScopeIsRefused() {
        Http.Res r = create("no-scope", "ORGANISER", "");
        assertEquals(400, r.status());
        assertTrue(r.body().contains("请选择管辖范围"), r.body());
        assertEquals(null, account("no-scope"), "nothing saved");
    }

    /** The new-account form sent empty names the username, the scope and the password at once, not one per try. */
    @Test
    void anEmptyFormNamesEveryWrongFieldAtOnce() {
        Map<String, String> f = new HashMap<>(Map.of("_csrf", Forms.csrf(page.get("/users/new").body()), "username", "",
                "displayName", "", "role", "ORGANISER", "orgId", "", "password", "", "password2", ""));
        Http.Res r = page.form("/users", f);
        assertEquals(400, r.status());
        for (String message : List.of("用户名不能为空", "请选择管辖范围", "密码至少8位")) {
            assertTrue(r.body().contains("<span class=\"field-error\">" + message), message + ": " + r.body());
        }
        f.putAll(Map.of("_csrf", Forms.csrf(page.get("/users/new").body()), "username", "x", "orgId", "ALL",
                "password", "a-long-password-1", "password2", "a-long-password-2"));
        Http.Res mismatched = page.form("/users", f);
        assertEquals(400, mismatched.status());
        for (String message : List.of("用户名须为2到32个", "两次输入的密码不一致")) {
            assertTrue(mismatched.body().contains("<span class=\"field-error\">" + message), message + ": " + mismatched.body());
        }
        assertEquals(null, account("x"), "nothing saved");
    }

    /**
     * A role the form does not know is one message, beside the role: not also a demand for a scope, which only a known
     * role can make (an admin has none) — on a new account and on an edit, whatever the scope.
     */
    @Test
    void anUnknownRoleIsOneMessageBesideTheRole() {
        for (String scope : List.of("", "ALL", String.valueOf(unit))) {
            Http.Res r = create("bad-role", "BOSS", scope);
            assertEquals(400, r.status());
            assertEquals(List.of("角色“BOSS”无效,应为:管理员、组织者、查看者"), messages(r.body()), "scope " + scope);
        }
        assertEquals(303, create("good-role", "VIEWER", "ALL").status());
        String edit = "/users/" + account("good-role").get("id").asLong();
        String html = page.get(edit + "/edit").body();
        for (String scope : List.of("", "ALL", String.valueOf(unit))) {
            Http.Res r = page.form(edit, new HashMap<>(Map.of("_csrf", Forms.csrf(html), "role", "BOSS", "orgId", scope,
                    "version", Forms.inputValue(html, "version"))));
            assertEquals(400, r.status());
            assertEquals(List.of("角色“BOSS”无效,应为:管理员、组织者、查看者"), messages(r.body()), "edit, scope " + scope);
        }
        assertEquals("VIEWER", account("good-role").get("role").asText(), "nothing saved");
    }

    /** Every message of a refused form: beside a field or at its top. */
    private static List<String> messages(String html) {
        return java.util.regex.Pattern.compile("<(?:span class=\"field-error\"|p class=\"notice error\"[^>]*)>([^<]*)<")
                .matcher(html).results().map(m -> m.group(1)).toList();
    }

    @Test
    void everyUnitOrOneSubtreeIsAChoice() {
        assertEquals(303, create("all-units", "ORGANISER", "ALL").status());
        assertTrue(account("all-units").get("orgId").isNull(), "全部单位, chosen on purpose");
        assertEquals(303, create("one-unit", "VIEWER", String.valueOf(unit)).status());
        assertEquals(unit, account("one-unit").get("orgId").asLong());
        assertEquals(303, create("an-admin", "ADMIN", "").status(), "an admin is never scoped");
        String edit = page.get("/users/" + account("all-units").get("id").asLong() + "/edit").body();
        assertTrue(edit.contains("<option value=\"ALL\" selected>全部单位</option>"), edit);
    }
}
