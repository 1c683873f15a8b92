package org.fazhi.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Role;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The JSON API over real HTTP against a real SQLite file: auth, roles, scoping, errors, paging. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest extends AdminApiCase {
    private final long county = created(admin.post("/api/orgs", org("清河县人民政府", "COUNTY_GOV", null)));
    private final long justice = created(admin.post("/api/orgs", org("清河县司法局", "DEPARTMENT", county)));
    private final long finance = created(admin.post("/api/orgs", org("清河县财政局", "DEPARTMENT", county)));

    static Map<String, Object> org(String name, String kind, Long parentId) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("kind", kind);
        m.put("parentId", parentId);
        return m;
    }

    static Map<String, Object> person(String name, long orgId, String position, String category) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("orgId", orgId);
        m.put("position", position);
        m.put("category", category);
        return m;
    }

    static long created(Http.Res r) {
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    static void assertError(Http.Res r, int status, String code, String field) {
        assertEquals(status, r.status(), r.body());
        JsonNode j = r.json();
        assertEquals(code, j.get("error").asText(), r.body());
        assertTrue(j.has("message") && !j.get("message").asText().isBlank(), r.body());
        assertTrue(j.has("field"), "field must be present, even as null: " + r.body());
        if (field == null) {
            assertTrue(j.get("field").isNull(), r.body());
        } else {
            assertEquals(field, j.get("field").asText(), r.body());
        }
    }

    private long orgCount() {
        return Long.parseLong(admin.get("/api/orgs?limit=1").header("X-Total-Count"));
    }

    @Nested
    class Auth {
        @Test
        void healthNeedsNoLogin() {
            Http.Res r = server.anonymous().get("/api/health");
            assertEquals(200, r.status());
            assertEquals("ok", r.json().get("status").asText());
            assertNotNull(r.json().get("version"));
        }

        @Test
        void everythingElseNeedsAToken() {
            assertError(server.anonymous().get("/api/orgs"), 401, "UNAUTHORIZED", null);
            assertError(server.anonymous().post("/api/orgs", org("x", "DEPARTMENT", null)), 401, "UNAUTHORIZED", null);
            Http forged = server.anonymous();
            Http.Res r = forged.raw("GET", "/api/orgs", "application/json", "");
            assertEquals(401, r.status());
        }

        @Test
        void aWrongTokenIsRefused() {
            java.net.http.HttpClient c = java.net.http.HttpClient.newHttpClient();
            try {
                var res = c.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/api/orgs"))
                        .header("Authorization", "Bearer not-a-real-token").build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(401, res.statusCode());
                assertTrue(res.body().contains("UNAUTHORIZED"));
            } catch (java.io.IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        @Test
        void badCredentialsGive401AndNoToken() {
            Http.Res r = server.anonymous().post("/api/login", Map.of("username", TestServer.ADMIN, "password", "wrong-password"));
            assertError(r, 401, "UNAUTHORIZED", null);
            assertFalse(r.body().contains("token"));
        }

        @Test
        void repeatedFailuresAreThrottled() {
            server.createUser("guessme", Role.VIEWER, null);
            Http anon = server.anonymous();
            int throttled = 0;
            for (int i = 0; i < 7; i++) {
                int s = anon.post("/api/login", Map.of("username", "guessme", "password", "nope-" + i)).status();
                if (s == 429) {
                    throttled++;
                }
            }
            assertTrue(throttled >= 1, "failed logins must be slowed down");
            // Even the right password waits out the pause.
            Http.Res r = anon.post("/api/login", Map.of("username", "guessme", "password", TestServer.PASSWORD));
            assertError(r, 429, "TOO_MANY_REQUESTS", null);
        }

        @Test
        void logoutRevokesTheToken() {
            server.createUser("leaver", Role.VIEWER, null);
            Http http = server.login("leaver");
            assertEquals(200, http.get("/api/orgs").status());
            assertEquals(204, http.post("/api/logout", Map.of()).status());
            assertEquals(401, http.get("/api/orgs").status());
        }

        @Test
        void aDisabledUserIsLockedOutAtOnce() {
            var u = server.createUser("disabled-soon", Role.ORGANISER, null);
            Http http = server.login("disabled-soon");
            Map<String, Object> body = new HashMap<>();
            body.put("role", "organiser");
            body.put("disabled", true);
            assertEquals(200, admin.put("/api/users/" + u.id(), body).status());
            assertEquals(401, http.get("/api/orgs").status());
        }
    }

    @Nested
    class Roles {
        @Test
        void aViewerReadsButCannotWrite() {
            server.createUser("reader", Role.VIEWER, null);
            Http viewer = server.login("reader");
            assertEquals(200, viewer.get("/api/orgs").status());
            long before = orgCount();
            assertError(viewer.post("/api/orgs", org("查看者建的单位", "DEPARTMENT", county)), 403, "FORBIDDEN", null);
            assertError(viewer.delete("/api/orgs/" + finance), 403, "FORBIDDEN", null);
            assertEquals(before, orgCount());
        }

        @Test
        void onlyAdminsSeeTheAuditLogAndUsers() {
            server.createUser("organiser-a", Role.ORGANISER, null);
            Http organiser = server.login("organiser-a");
            assertError(organiser.get("/api/audit"), 403, "FORBIDDEN", null);
            assertError(organiser.get("/api/users"), 403, "FORBIDDEN", null);
            Map<String, Object> u = new HashMap<>(Map.of("username", "sneaky", "password", "long-enough-1", "role", "admin"));
            assertError(organiser.post("/api/users", u), 403, "FORBIDDEN", null);
        }
    }

    @Nested
    class Scoping {
        @Test
        void aScopedOrganiserSeesAndChangesOnlyItsSubtree() {
            long office = created(admin.post("/api/orgs", org("公共法律服务中心", "UNIT", justice)));
            server.createUser("justice-staff", Role.ORGANISER, justice);
            Http scoped = server.login("justice-staff");

            Http.Res list = scoped.get("/api/orgs");
            assertEquals(200, list.status());
            List<Long> ids = ids(list.json());
            assertTrue(ids.contains(justice) && ids.contains(office), list.body());
            assertFalse(ids.contains(county) || ids.contains(finance), list.body());
            assertEquals(String.valueOf(ids.size()), list.header("X-Total-Count"));

            assertError(scoped.get("/api/orgs/" + finance), 403, "FORBIDDEN", null);
            assertError(scoped.put("/api/orgs/" + finance, org("改名", "DEPARTMENT", county)), 403, "FORBIDDEN", null);
            assertError(scoped.delete("/api/orgs/" + finance), 403, "FORBIDDEN", null);
            assertError(scoped.get("/api/orgs?orgId=" + county), 403, "FORBIDDEN", null);
            assertError(scoped.post("/api/orgs", org("顶层", "OTHER", null)), 403, "FORBIDDEN", null);
            assertError(scoped.post("/api/orgs", org("挂到财政局下", "UNIT", finance)), 403, "FORBIDDEN", null);
            assertEquals("清河县财政局", admin.get("/api/orgs/" + finance).json().get("name").asText());

            long financeHead = created(admin.post("/api/people", person("钱局长", finance, "局长", "PRINCIPAL")));
            assertError(scoped.get("/api/people/" + financeHead), 403, "FORBIDDEN", null);
            assertError(scoped.post("/api/people", person("越权", finance, null, "STAFF")), 403, "FORBIDDEN", null);
            assertEquals(201, scoped.post("/api/people", person("司法所员", office, "科员", "STAFF")).status());
            for (JsonNode p : scoped.get("/api/people").json()) {
                long orgId = p.get("orgId").asLong();
                assertTrue(orgId == justice || orgId == office, "leaked person of org " + orgId);
            }
        }

        private List<Long> ids(JsonNode arr) {
            java.util.ArrayList<Long> out = new java.util.ArrayList<>();
            arr.forEach(n -> out.add(n.get("id").asLong()));
            return out;
        }
    }

    @Nested
    class Orgs {
        @Test
        void createReturns201WithTheStoredObject() {
            Http.Res r = admin.post("/api/orgs", org("清河县审计局", "DEPARTMENT", county));
            assertEquals(201, r.status());
            JsonNode j = r.json();
            assertEquals("清河县审计局", j.get("name").asText());
            assertEquals("DEPARTMENT", j.get("kind").asText());
            assertEquals(county, j.get("parentId").asLong());
            assertTrue(r.header("Location").endsWith("/api/orgs/" + j.get("id").asLong()));
            assertEquals(j, admin.get("/api/orgs/" + j.get("id").asLong()).json());
        }

        @Test
        void badInputIsRefusedAndNothingIsWritten() {
            long before = orgCount();
            assertError(admin.post("/api/orgs", org("", "DEPARTMENT", county)), 400, "INVALID", "name");
            assertError(admin.post("/api/orgs", org("   ", "DEPARTMENT", county)), 400, "INVALID", "name");
            assertError(admin.post("/api/orgs", org("x", "VILLAGE", county)), 400, "INVALID", "kind");
            assertError(admin.post("/api/orgs", org("x", null, county)), 400, "INVALID", "kind");
            assertError(admin.post("/api/orgs", org("x", "DEPARTMENT", 987654L)), 400, "INVALID", "parentId");
            assertError(admin.raw("POST", "/api/orgs", "application/json", "{\"name\":\"x\",\"kind\":\"DEPARTMENT\",\"parentId\":\"abc\"}"),
                    400, "INVALID", "parentId");
            assertError(admin.raw("POST", "/api/orgs", "application/json", "{\"name\":123,\"kind\":\"DEPARTMENT\"}"),
                    400, "INVALID", "name");
            assertError(admin.raw("POST", "/api/orgs", "application/json", "{\"name\":\"x\",\"kind\":\"DEPARTMENT\",\"parentId\":1.5}"),
                    400, "INVALID", "parentId");
            assertError(admin.raw("POST", "/api/orgs", "application/json", "{\"name\":\"x\","), 400, "MALFORMED_JSON", null);
            assertError(admin.raw("POST", "/api/orgs", "application/json", "not json"), 400, "MALFORMED_JSON", null);
            assertError(admin.raw("POST", "/api/orgs", "application/json", "[1,2]"), 400, "INVALID", null);
            assertError(admin.raw("POST", "/api/orgs", "application/json", ""), 400, "INVALID", null);
            assertEquals(415, admin.raw("POST", "/api/orgs", "text/plain", "name=x").status());
            String huge = "{\"name\":\"" + "法".repeat(1_500_000) + "\",\"kind\":\"DEPARTMENT\"}";
            assertError(admin.raw("POST", "/api/orgs", "application/json", huge), 413, "TOO_LARGE", null);
            assertError(admin.post("/api/orgs", org("局".repeat(61), "DEPARTMENT", county)), 400, "INVALID", "name");
            assertEquals(before, orgCount());
        }

        @Test
        void siblingNamesAreUnique() {
            assertError(admin.post("/api/orgs", org("清河县司法局", "DEPARTMENT", county)), 409, "CONFLICT", "name");
        }

        @Test
        void unknownIdsAre404() {
            assertError(admin.get("/api/orgs/999999"), 404, "NOT_FOUND", null);
            assertError(admin.get("/api/orgs/abc"), 404, "NOT_FOUND", null);
            assertError(admin.put("/api/orgs/999999", org("x", "DEPARTMENT", county)), 404, "NOT_FOUND", null);
            assertError(admin.delete("/api/orgs/999999"), 404, "NOT_FOUND", null);
            assertError(admin.get("/api/nothing-here"), 404, "NOT_FOUND", null);
        }

        @Test
        void aStaleVersionIsAConflictNotAnOverwrite() {
            long id = created(admin.post("/api/orgs", org("清河县统计局", "DEPARTMENT", county)));
            Map<String, Object> first = org("清河县统计局(改)", "DEPARTMENT", county);
            first.put("version", 0);
            assertEquals(1, admin.put("/api/orgs/" + id, first).json().get("version").asInt());
            Map<String, Object> second = org("清河县统计局(另一人改)", "DEPARTMENT", county);
            second.put("version", 0);
            assertError(admin.put("/api/orgs/" + id, second), 409, "CONFLICT", "version");
            assertEquals("清河县统计局(改)", admin.get("/api/orgs/" + id).json().get("name").asText());
        }

        @Test
        void aUnitCannotMoveUnderItsOwnDescendant() {
            long a = created(admin.post("/api/orgs", org("甲", "OTHER", county)));
            long b = created(admin.post("/api/orgs", org("乙", "OTHER", a)));
            assertError(admin.put("/api/orgs/" + a, org("甲", "OTHER", b)), 400, "INVALID", "parentId");
            assertError(admin.put("/api/orgs/" + a, org("甲", "OTHER", a)), 400, "INVALID", "parentId");
        }

        @Test
        void deletingAUnitInUseIsAConflict() {
            long parent = created(admin.post("/api/orgs", org("清河县水利局", "DEPARTMENT", county)));
            long child = created(admin.post("/api/orgs", org("水政监察大队", "UNIT", parent)));
            assertError(admin.delete("/api/orgs/" + parent), 409, "CONFLICT", null);
            long p = created(admin.post("/api/people", person("孙科员", child, "科员", "STAFF")));
            assertError(admin.delete("/api/orgs/" + child), 409, "CONFLICT", null);
            assertEquals(204, admin.delete("/api/people/" + p).status());
            assertEquals(204, admin.delete("/api/orgs/" + child).status());
            assertEquals(204, admin.delete("/api/orgs/" + parent).status());
            assertEquals(404, admin.get("/api/orgs/" + parent).status());
        }

        @Test
        void listsPageWithTotalCount() {
            long total = orgCount();
            assertTrue(total >= 3);
            Http.Res first = admin.get("/api/orgs?limit=2&offset=0");
            Http.Res second = admin.get("/api/orgs?limit=2&offset=2");
            assertEquals(2, first.json().size());
            assertEquals(String.valueOf(total), first.header("X-Total-Count"));
            assertNotEquals(first.json().get(0).get("id"), second.json().get(0).get("id"));
            assertEquals(1000, Math.max(admin.get("/api/orgs").json().size(), 1000));
            assertError(admin.get("/api/orgs?limit=0"), 400, "INVALID", "limit");
            assertError(admin.get("/api/orgs?limit=10001"), 400, "INVALID", "limit");
            assertError(admin.get("/api/orgs?limit=abc"), 400, "INVALID", "limit");
            assertError(admin.get("/api/orgs?offset=-1"), 400, "INVALID", "offset");
            assertError(admin.get("/api/orgs?orgId=abc"), 400, "INVALID", "orgId");
            assertError(admin.get("/api/orgs?orgId=999999"), 404, "NOT_FOUND", null);
            Http.Res subtree = admin.get("/api/orgs?orgId=" + justice);
            subtree.json().forEach(o -> assertTrue(o.get("id").asLong() == justice || !o.get("parentId").isNull()));
        }

        private void assertNotEquals(Object a, Object b) {
            assertFalse(a.equals(b), a + " should differ from " + b);
        }
    }

    @Nested
    class People {
        @Test
        void crudWithFilters() {
            long id = created(admin.post("/api/people", person("李明", justice, "局长", "PRINCIPAL")));
            JsonNode p = admin.get("/api/people/" + id).json();
            assertEquals("李明", p.get("name").asText());
            assertEquals(justice, p.get("orgId").asLong());
            assertEquals("PRINCIPAL", p.get("category").asText());

            Map<String, Object> change = person("李明", justice, "党组书记、局长", "PRINCIPAL");
            change.put("version", p.get("version").asInt());
            assertEquals("党组书记、局长", admin.put("/api/people/" + id, change).json().get("position").asText());

            Http.Res principals = admin.get("/api/people?orgId=" + county + "&category=PRINCIPAL");
            assertTrue(principals.json().findValuesAsText("name").contains("李明"));
            principals.json().forEach(n -> assertEquals("PRINCIPAL", n.get("category").asText()));
            assertTrue(admin.get("/api/people?q=党组书记").json().findValuesAsText("name").contains("李明"));

            assertEquals(204, admin.delete("/api/people/" + id).status());
            assertError(admin.get("/api/people/" + id), 404, "NOT_FOUND", null);
        }

        @Test
        void badInputNamesTheField() {
            assertError(admin.post("/api/people", person("", justice, null, "STAFF")), 400, "INVALID", "name");
            assertError(admin.post("/api/people", person("王五", justice, null, "BOSS")), 400, "INVALID", "category");
            assertError(admin.post("/api/people", person("王五", 987654, null, "STAFF")), 400, "INVALID", "orgId");
            Map<String, Object> noOrg = person("王五", 1, null, "STAFF");
            noOrg.remove("orgId");
            assertError(admin.post("/api/people", noOrg), 400, "INVALID", "orgId");
            assertError(admin.get("/api/people?category=BOSS"), 400, "INVALID", "category");
            Map<String, Object> twoWrong = person("", 1, null, "STAFF");
            twoWrong.remove("orgId");
            Http.Res both = admin.post("/api/people", twoWrong);
            assertError(both, 400, "INVALID", "name");
            assertEquals(List.of("name", "orgId"), both.json().get("errors").findValuesAsText("field"),
                    "every wrong field is named: " + both.body());
        }
    }

    @Nested
    class Audit {
        @Test
        void everyChangeIsLoggedWithBeforeAndAfter() {
            long id = created(admin.post("/api/orgs", org("清河县档案馆", "UNIT", county)));
            admin.put("/api/orgs/" + id, org("清河县档案馆(改名)", "UNIT", county));
            admin.delete("/api/orgs/" + id);
            Http.Res r = admin.get("/api/audit?entity=org&entityId=" + id);
            assertEquals(200, r.status());
            List<String> actions = r.json().findValuesAsText("action");
            assertEquals(List.of("DELETE", "UPDATE", "CREATE"), actions);
            JsonNode update = r.json().get(1);
            assertEquals(TestServer.ADMIN, update.get("username").asText());
            assertTrue(update.get("beforeJson").asText().contains("清河县档案馆"));
            assertTrue(update.get("afterJson").asText().contains("改名"));
            assertEquals("3", r.header("X-Total-Count"));
            assertError(admin.get("/api/audit?from=2023-02-30"), 400, "INVALID", "from");
        }
    }
}
