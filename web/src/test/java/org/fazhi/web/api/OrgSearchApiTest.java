package org.fazhi.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GET /api/orgs/search over real HTTP (on SQLite, and on PostgreSQL in the web PG run): a name's part,
 * Latin letters in any case, only within the caller's scope, at most {@code limit}, each unit with its
 * path from the top of the scope; without q the caller's own unit and its direct children.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrgSearchApiTest {
    @AutoClose
    private final TestServer server = new TestServer();
    private final long city = org("江州市人民政府", OrgKind.CITY_GOV, null);
    private final long qinghe = org("清河县人民政府", OrgKind.COUNTY_GOV, city);
    private final long qingshan = org("青山县人民政府", OrgKind.COUNTY_GOV, city);
    private final long qingheJustice = org("司法局", OrgKind.DEPARTMENT, qinghe);
    private final long qingshanJustice = org("司法局", OrgKind.DEPARTMENT, qingshan);
    private final long bureau = org("Qinghe Finance Bureau", OrgKind.DEPARTMENT, qinghe);
    private final List<Long> towns = towns();
    private final Http admin = server.login(TestServer.ADMIN);
    private final Http county = scoped("qinghe-organiser", qinghe);

    private long org(String name, OrgKind kind, Long parent) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parent)).id();
    }

    private List<Long> towns() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            ids.add(org("清河乡镇" + i, OrgKind.TOWNSHIP, qinghe));
        }
        return ids;
    }

    private Http scoped(String username, long orgId) {
        server.createUser(username, Role.ORGANISER, orgId);
        return server.login(username);
    }

    private static JsonNode search(Http who, String query) {
        Http.Res r = who.get("/api/orgs/search" + query);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().isArray(), r.body());
        return r.json();
    }

    private static String q(String text) {
        return "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> paths(JsonNode found) {
        List<String> out = new ArrayList<>();
        found.forEach(o -> out.add(o.get("path").asText()));
        return out;
    }

    @Test
    void aPartOfTheNameFindsTheUnitsWithTheirPaths() {
        JsonNode found = search(admin, q("司法"));
        assertEquals(List.of("江州市人民政府 / 清河县人民政府 / 司法局", "江州市人民政府 / 青山县人民政府 / 司法局"), paths(found));
        assertEquals(qingheJustice, found.get(0).get("id").asLong());
        assertEquals("司法局", found.get(0).get("name").asText());
        assertEquals(qinghe, found.get(0).get("parentId").asLong());
        assertEquals(qingshanJustice, found.get(1).get("id").asLong());
        assertEquals("DEPARTMENT", found.get(1).get("kind").asText());
    }

    @Test
    void latinLettersMatchInAnyCase() {
        for (String text : List.of("finance", "FINANCE BUREAU", "qInGhE")) {
            JsonNode found = search(admin, q(text));
            assertEquals(1, found.size(), text + ": " + found);
            assertEquals(bureau, found.get(0).get("id").asLong());
        }
        assertEquals(0, search(admin, q("finances")).size());
    }

    @Test
    void aUnitAccountFindsNothingOutsideItsSubtreeAndItsPathsStartAtItsUnit() {
        JsonNode found = search(county, q("司法"));
        assertEquals(List.of("清河县人民政府 / 司法局"), paths(found));
        assertEquals(qingheJustice, found.get(0).get("id").asLong());
        assertEquals(0, search(county, q("青山")).size(), "the neighbouring county is out of scope");
        assertEquals(0, search(county, q("江州")).size(), "the city above is out of scope");
        Http justice = scoped("justice-organiser", qingshanJustice);
        assertEquals(List.of("司法局"), paths(search(justice, q("司法局"))));
        assertEquals(0, search(justice, q("清河")).size());
        assertTrue(search(justice, q("局")).toString().indexOf("Bureau") < 0);
    }

    @Test
    void theLimitIsHonouredTwentyByDefaultAndFiftyAtMost() {
        assertEquals(5, search(admin, q("乡镇") + "&limit=5").size());
        assertEquals(20, search(admin, q("乡镇")).size());
        assertEquals(30, search(admin, q("乡镇") + "&limit=50").size());
        assertEquals(1, search(admin, q("乡镇1") + "&limit=1").size());
        assertEquals("清河乡镇1", search(admin, q("乡镇1") + "&limit=1").get(0).get("name").asText(),
                "the shortest name that contains the text comes first");
        for (String bad : List.of("0", "51", "abc", "-1")) {
            ApiTest.assertError(admin.get("/api/orgs/search" + q("乡镇") + "&limit=" + bad), 400, "INVALID", "limit");
        }
        ApiTest.assertError(admin.get("/api/orgs/search" + q("长".repeat(51))), 400, "INVALID", "q");
    }

    @Test
    void withoutTextTheOwnUnitAndItsDirectChildrenCome() {
        JsonNode found = search(county, "");
        assertEquals(qinghe, found.get(0).get("id").asLong(), found.toString());
        assertEquals("清河县人民政府", found.get(0).get("path").asText());
        assertEquals(20, found.size(), "the default limit");
        for (int i = 1; i < found.size(); i++) {
            assertEquals(qinghe, found.get(i).get("parentId").asLong(), found.get(i).toString());
        }
        assertEquals(33, search(county, "?q=%20&limit=50").size(), "the county, its 司法局, the bureau and 30 towns");
        JsonNode top = search(admin, "?limit=50");
        assertEquals(List.of("江州市人民政府", "江州市人民政府 / 清河县人民政府", "江州市人民政府 / 青山县人民政府"), paths(top),
                "a ledger-wide account: the top units and their children");
    }

    @Test
    void signedOutNobodySearches() {
        assertEquals(401, server.anonymous().get("/api/orgs/search" + q("司法")).status());
        assertEquals(30, towns.size());
    }
}
