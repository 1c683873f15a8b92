package org.fazhi.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fazhi.model.account.Role;
import org.fazhi.web.errors.BodyLimitFilter;
import org.fazhi.web.support.ApiBodies;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 报送 over real HTTP between two real servers: a county's year exported by GET /api/packages/export, refused
 * at the city while its key is untrusted or the file is tampered with (400, nothing written), received once,
 * the same file again changing nothing; bad bodies for POST /api/package-keys and POST /api/packages
 * (HostileCoverageTest names this test); the /packages page for the admin, 403 for anyone else; the received
 * records' pages with where and when they came from and nothing to change them with.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackageApiTest {
    private CountyAndCity servers;
    private TestServer county;
    private TestServer city;
    private Http countyAdmin;
    private Http cityAdmin;
    private long countyId;
    private long cityId;
    private long cityCountyId;
    private long otherCounty;
    private byte[] pkg;
    private String countyPem;

    @BeforeAll
    void start() {
        servers = new CountyAndCity();
        county = servers.county;
        city = servers.city;
        countyAdmin = servers.countyAdmin;
        cityAdmin = servers.cityAdmin;
        countyId = servers.countyId;
        cityId = servers.cityId;
        cityCountyId = servers.cityCountyId;
        otherCounty = servers.otherCounty;
        pkg = servers.pkg;
        countyPem = servers.countyPem;
    }

    @AfterAll
    void stop() {
        CountyAndCity.close(servers);
    }

    @Test
    @Order(1)
    void anUntrustedPackageIsRefusedThenTheTrustedOneIsReceivedOnceAndATamperedOneNever() {
        // Untrusted: before the city trusts the county's key (this test runs first).
        assertTrue(cityAdmin.get("/api/package-keys").json().isEmpty());
        Http.Res untrusted = servers.send(cityAdmin, "application/zip", pkg);
        assertEquals(400, untrusted.status(), untrusted.body());
        assertTrue(untrusted.json().get("message").asText().contains("信任"), untrusted.body());
        assertEquals(0, servers.received());
        servers.trust();
        JsonNode keys = cityAdmin.get("/api/package-keys").json();
        assertEquals(countyAdmin.get("/api/package-key").json().get("fingerprint").asText(), keys.get(0).get("fingerprint").asText());

        int before = servers.received();
        int sessions = servers.citySessions();
        byte[] tampered = pkg.clone();
        tampered[tampered.length / 2] ^= 0x55;
        Http.Res refused = servers.send(cityAdmin, "application/zip", tampered);
        assertEquals(400, refused.status(), refused.body());
        assertFalse(refused.json().get("message").asText().isBlank());
        assertEquals(before, servers.received(), "nothing written");
        assertEquals(sessions, servers.citySessions(), "nothing written");

        Http.Res first = servers.send(cityAdmin, "application/octet-stream", pkg);
        assertEquals(200, first.status(), first.body());
        JsonNode r = first.json();
        assertEquals(cityCountyId, r.get("orgId").asLong());
        assertEquals(2024, r.get("year").asInt());
        assertFalse(r.get("unchanged").asBoolean());
        assertEquals(servers.records, r.get("records").asInt());
        assertFalse(r.get("replaced").asBoolean());
        assertEquals(2, servers.citySessions(), "the county's sessions count at the city");
        JsonNode list = cityAdmin.get("/api/packages").json();
        assertEquals(1, list.size());
        assertEquals("清河县人民政府", list.get(0).get("orgName").asText());
        assertEquals(cityCountyId, list.get(0).get("orgId").asLong());

        // A scoped account sees the packages whose root unit lies in its scope, and no other.
        city.createUser("inside", Role.VIEWER, cityCountyId);
        city.createUser("outside", Role.VIEWER, otherCounty);
        assertEquals(1, city.login("inside").get("/api/packages").json().size());
        assertEquals(0, city.login("outside").get("/api/packages").json().size());

        Http.Res again = servers.send(cityAdmin, "application/zip", pkg);
        assertEquals(200, again.status(), again.body());
        assertTrue(again.json().get("unchanged").asBoolean());
        assertEquals(1, servers.received());
        assertEquals(2, servers.citySessions());
    }

    @Test
    @Order(2)
    void receivedRecordsShowWhereAndWhenTheyCameFromAndOfferNoChange() {
        Http page = Forms.signedIn(city, TestServer.ADMIN);
        String sha = cityAdmin.get("/api/packages").json().get(0).get("sha256").asText();
        String notice = "报送(包 " + sha.substring(0, 12) + "),只读";
        String q = "?orgId=" + cityCountyId + "&year=2024";
        long session = cityAdmin.get("/api/study-sessions" + q).json().get(0).get("id").asLong();
        long courtCase = cityAdmin.get("/api/court-cases" + q).json().get(0).get("id").asLong();
        long batch = cityAdmin.get("/api/test-batches" + q).json().get(0).get("id").asLong();
        long duty = cityAdmin.get("/api/duties" + q).json().get(0).get("id").asLong();
        long reconsideration = cityAdmin.get("/api/reconsiderations" + q).json().get(0).get("id").asLong();
        for (String path : new String[] {"/orgs?orgId=" + cityCountyId, "/study-sessions" + q, "/study-sessions/" + session,
            "/study-sessions/" + session + "/edit", "/court-cases" + q, "/court-cases/" + courtCase, "/tests" + q, "/tests/" + batch,
            "/duties/items" + q, "/duties/items/" + duty, "/reconsiderations" + q, "/reconsiderations/" + reconsideration + "/edit",
            "/reports/annual" + q, "/reports/annual/edit" + q}) {
            Http.Res r = page.get(path);
            assertEquals(200, r.status(), path);
            assertTrue(r.body().contains("由 清河县人民政府 于 ") && r.body().contains(notice), path + " shows where it came from");
        }
        assertFalse(page.get("/orgs?orgId=" + cityCountyId).body().contains("/orgs/" + cityCountyId + "/edit"));
        assertTrue(page.get("/orgs?orgId=" + cityId).body().contains("/orgs/" + cityId + "/edit"), "the city's own unit is editable");
        assertFalse(page.get("/orgs?orgId=" + cityId).body().contains(notice), "and has no notice");
        for (String[] none : new String[][] {
            {"/study-sessions" + q, "/study-sessions/" + session + "/edit"},
            {"/study-sessions/" + session, "/study-sessions/" + session + "/edit"},
            {"/study-sessions/" + session, "/study-sessions/" + session + "/delete"},
            {"/study-sessions/" + session, "/study-sessions/" + session + "/attachments?"},
            {"/court-cases" + q, "/录入开庭"},
            {"/court-cases/" + courtCase, "/court-cases/" + courtCase + "/edit"},
            {"/court-cases/" + courtCase, "/court-cases/" + courtCase + "/hearings\""},
            {"/tests" + q, "/tests/" + batch + "/edit"},
            {"/tests/" + batch, "/tests/" + batch + "/edit"},
            {"/tests/" + batch, "id=\"fast-entry\""},
            {"/tests/" + batch, "/tests/" + batch + "/results\""},
            {"/duties/items/" + duty, "action=\"/duties/items/" + duty},
            {"/reconsiderations" + q, "/reconsiderations/" + reconsideration + "/edit"},
            {"/reports/annual" + q, "/reports/annual/edit?"},
            {"/reports/annual" + q, "/reports/annual/publish?"},
            {"/reports/annual/edit" + q, "<fieldset >"}}) {
            assertFalse(page.get(none[0]).body().contains(none[1]), none[0] + " offers no " + none[1]);
        }
        assertTrue(page.get("/study-sessions" + q).body().contains("title=\"由报送包接收,在此只读\">报送</span>"), "rows say so");
        // The county's annual report is its own, sent in its package: the city neither writes nor publishes one.
        for (Http.Res refused : new Http.Res[] {
            cityAdmin.put("/api/reports/annual/sections" + q, Map.of("version", 0, "sections", java.util.List.of(
                    Map.of("key", "other", "narrative", "市里代写")))),
            cityAdmin.post("/api/reports/annual/publish" + q, Map.of("publishedOn", "2025-02-01", "version", 0))}) {
            assertEquals(403, refused.status(), refused.body());
            assertTrue(refused.json().get("message").asText().contains("报送包接收"), refused.body());
        }
        assertEquals(0, cityAdmin.get("/api/reports/annual" + q).json().get("version").asInt(), "nothing written");
    }

    /**
     * The JSON of a received record says where it came from, as its page does, lists and single records alike; a
     * record of the city's own says nothing of the kind.
     */
    @Test
    @Order(2)
    void receivedRecordsJsonSaysWhereTheyCameFrom() {
        JsonNode pkgJson = cityAdmin.get("/api/packages").json().get(0);
        String q = "?orgId=" + cityCountyId + "&year=2024";
        long courtCase = cityAdmin.get("/api/court-cases" + q).json().get(0).get("id").asLong();
        long batch = cityAdmin.get("/api/test-batches" + q).json().get(0).get("id").asLong();
        java.util.List<String> lists = java.util.List.of("/api/study-sessions" + q, "/api/test-batches" + q,
                "/api/test-batches/" + batch + "/results", "/api/duties" + q, "/api/law-reports" + q, "/api/rectifications" + q,
                "/api/court-cases" + q, "/api/court-cases/" + courtCase + "/hearings", "/api/reconsiderations" + q,
                "/api/orgs?orgId=" + cityCountyId, "/api/people?orgId=" + cityCountyId);
        for (String list : lists) {
            JsonNode rows = cityAdmin.get(list).json();
            assertFalse(rows.isEmpty(), list);
            for (JsonNode row : rows) {
                assertOrigin(pkgJson, row, list);
            }
            // The record alone says the same.
            String one = (list.contains("/results") ? "/api/test-results" : list.contains("/hearings") ? "/api/court-hearings"
                    : list.substring(0, list.indexOf('?'))) + "/" + rows.get(0).get("id").asLong();
            Http.Res single = cityAdmin.get(one);
            assertEquals(200, single.status(), one);
            assertOrigin(pkgJson, single.json(), one);
        }
        // The county's annual report, written from its received records, says so; the city's own report does not.
        assertOrigin(pkgJson, cityAdmin.get("/api/reports/annual" + q).json(), "/api/reports/annual");
        assertFalse(cityAdmin.get("/api/reports/annual?orgId=" + cityId + "&year=2024").json().has("receivedFrom"));
        // The city's own: no receivedFrom, in a list beside received records and alone.
        long own = cityAdmin.created("/api/study-sessions", ApiBodies.studySession(cityId, "2024-07-08", "学习民法典")).get("id").asLong();
        for (JsonNode row : cityAdmin.get("/api/study-sessions?year=2024").json()) {
            assertEquals(row.get("orgId").asLong() != cityId, row.has("receivedFrom"), row.toString());
        }
        assertFalse(cityAdmin.get("/api/study-sessions/" + own).json().has("receivedFrom"));
        assertFalse(cityAdmin.get("/api/orgs/" + cityId).json().has("receivedFrom"));
        assertEquals(204, cityAdmin.delete("/api/study-sessions/" + own).status(), "the city's own session goes again");
    }

    /**
     * The city holds the county's 2024 only: the dashboard and the report of another year say the county has not
     * sent it, and the report of 2024 does not compare with the county's 2023 fragments.
     */
    @Test
    @Order(2)
    void aYearTheCountyHasNotSentIsSaidToBeIncomplete() {
        Http page = Forms.signedIn(city, TestServer.ADMIN);
        String missing2025 = "清河县人民政府尚未报送2025年度数据";
        assertTrue(page.get("/?year=2025").body().contains(missing2025));
        assertTrue(page.get("/reports/annual?orgId=" + cityId + "&year=2025").body().contains(missing2025));
        String dashboard2024 = page.get("/?year=2024").body();
        assertFalse(dashboard2024.contains("尚未报送2024年度数据"), "2024 came");
        assertTrue(dashboard2024.contains("清河县人民政府的2023年度数据尚未报送"), "the year it compares with did not");
        // The city's own sessions in both years: a whole ledger would compare them ("较上年…").
        long own2023 = cityAdmin.created("/api/study-sessions", ApiBodies.studySession(cityId, "2023-06-01", "学习宪法")).get("id").asLong();
        long own2024 = cityAdmin.created("/api/study-sessions", ApiBodies.studySession(cityId, "2024-06-01", "学习民法典")).get("id").asLong();
        String report2024 = page.get("/reports/annual?orgId=" + cityId + "&year=2024").body();
        assertFalse(report2024.contains("尚未报送2024年度数据"));
        assertTrue(report2024.contains("清河县人民政府的2023年度数据尚未报送,与2023年的比较从略"));
        assertTrue(report2024.contains("学法"), report2024);
        assertFalse(report2024.contains("较上年"), "no comparison with a 2023 that holds the county only in fragments");
        assertEquals(204, cityAdmin.delete("/api/study-sessions/" + own2023).status());
        assertEquals(204, cityAdmin.delete("/api/study-sessions/" + own2024).status());
        city.createUser("elsewhere", Role.VIEWER, otherCounty);
        assertFalse(Forms.signedIn(city, "elsewhere").get("/?year=2025").body().contains(missing2025),
                "a unit the reader does not see is not named");
    }

    private static void assertOrigin(JsonNode pkgJson, JsonNode row, String where) {
        JsonNode from = row.get("receivedFrom");
        assertTrue(from != null && from.isObject(), where + ": " + row);
        assertEquals("清河县人民政府", from.get("unit").asText(), where);
        assertEquals(pkgJson.get("exportedAt").asText(), from.get("at").asText(), where);
        assertEquals(pkgJson.get("sha256").asText(), from.get("packageSha256").asText(), where);
        assertEquals(pkgJson.get("exportedAt").asText().substring(0, 4), from.get("date").asText().substring(0, 4), where);
    }

    @Test
    void packagesMayBeAsLargeAsTheLibraryReads() {
        BodyLimitFilter limits = new BodyLimitFilter(BodyLimitFilter.DEFAULT_LIMIT);
        long entries = org.fazhi.exchange.PackageReader.Limits.DEFAULT.maxTotalBytes();
        for (String path : new String[] {"/api/packages", "/packages/receive"}) {
            assertTrue(limits.limitFor(path) > entries, path);
        }
        assertEquals(BodyLimitFilter.DEFAULT_LIMIT, limits.limitFor("/api/package-keys"));
    }

    @Test
    void badBodiesAreRefusedWithAChineseMessageAndWriteNothing() {
        int keys = cityAdmin.get("/api/package-keys").json().size();
        for (Map<String, Object> body : java.util.List.<Map<String, Object>>of(Map.of(), Map.of("name", "清河县"),
                Map.of("name", "清河县", "publicKey", "不是公钥"), Map.of("publicKey", countyPem),
                Map.of("name", "长".repeat(61), "publicKey", countyPem),
                Map.of("name", "清河县", "publicKey", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"))) {
            Http.Res r = cityAdmin.post("/api/package-keys", body);
            assertEquals(400, r.status(), body + " → " + r.body());
            assertTrue(r.json().get("message").asText().matches(".*\\p{IsHan}.*"), r.body());
        }
        assertEquals(400, cityAdmin.raw("POST", "/api/package-keys", "application/json", "{\"name\": ").status());
        assertEquals(400, cityAdmin.raw("POST", "/api/package-keys", "application/json", "[1, 2]").status());
        assertEquals(keys, cityAdmin.get("/api/package-keys").json().size());
        servers.trust();
        Http.Res twice = cityAdmin.post("/api/package-keys", Map.of("name", "又一个", "publicKey", countyPem));
        assertEquals(409, twice.status(), twice.body());

        int before = servers.received();
        assertEquals(400, servers.send(cityAdmin, "application/zip", new byte[0]).status());
        assertEquals(400, servers.send(cityAdmin, "application/zip", "不是压缩包".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(400, servers.send(cityAdmin, "application/octet-stream", java.util.Arrays.copyOf(pkg, pkg.length / 2)).status());
        assertEquals(415, servers.send(cityAdmin, "application/json", "{}".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(before, servers.received(), "nothing written");
    }

    @Test
    void onlyTheAdminTrustsReceivesAndSeesThePage() {
        city.createUser("viewer1", Role.VIEWER, null);
        city.createUser("organiser1", Role.ORGANISER, cityCountyId);
        for (String who : new String[] {"viewer1", "organiser1"}) {
            Http as = city.login(who);
            assertEquals(403, servers.send(as, "application/zip", pkg).status(), who);
            assertEquals(403, as.post("/api/package-keys", Map.of("name", "x", "publicKey", countyPem)).status(), who);
            assertEquals(403, as.get("/api/package-key").status(), who);
            assertEquals(403, as.get("/api/package-keys").status(), who);
            assertEquals(200, as.get("/api/packages").status(), who);
            Http page = Forms.signedIn(city, who);
            assertEquals(403, page.get("/packages").status(), who);
            assertEquals(403, page.get("/packages/key.pem").status(), who);
        }
        Http admin = Forms.signedIn(city, TestServer.ADMIN);
        Http.Res page = admin.get("/packages");
        assertEquals(200, page.status());
        String fingerprint = cityAdmin.get("/api/package-key").json().get("fingerprint").asText();
        assertTrue(page.body().contains(fingerprint), "the instance's fingerprint is shown");
        assertTrue(page.body().contains("清河县人民政府"), "the status names the unit below");
        Http.Res pem = admin.get("/packages/key.pem");
        assertEquals(200, pem.status());
        assertTrue(pem.body().startsWith("-----BEGIN PUBLIC KEY-----"));
        assertTrue(page.body().contains("<a href=\"/packages\" aria-current=\"page\">报送</a>"), "the admin's nav link");
        assertFalse(Forms.signedIn(city, "viewer1").get("/").body().contains("href=\"/packages\""), "no link for others");

        // The page's export form: the county's package downloads; a unit without a code is refused on a page.
        Http countyPages = Forms.signedIn(county, TestServer.ADMIN);
        Http.Res download = countyPages.get("/packages/export?orgId=" + countyId + "&year=2024");
        assertEquals(200, download.status());
        assertEquals("application/zip", download.header("Content-Type"));
        assertTrue(download.header("Content-Disposition").contains(".fazhi-package.zip"));
        long bureau = countyAdmin.get("/api/orgs").json().findValues("id").stream().mapToLong(JsonNode::asLong)
                .filter(id -> id != countyId).findFirst().orElseThrow();
        Http.Res noCode = countyPages.get("/packages/export?orgId=" + bureau + "&year=2024");
        assertEquals(400, noCode.status(), noCode.body());
        assertTrue(noCode.body().contains("统一社会信用代码"), noCode.body());
        assertEquals(400, countyPages.get("/packages/export?year=2024").status());
    }

    @Test
    void thePageReceivesAnUploadedPackageAndTrustsAPastedKey() {
        Http admin = Forms.signedIn(city, TestServer.ADMIN);
        servers.trust();
        Http.Res refused = upload(admin, "/packages/receive", "p.zip", "不是压缩包".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("role=\"alert\""), "the refusal is shown on the page");
        Http.Res ok = upload(admin, "/packages/receive", "清河县-2024.zip", pkg, Map.of());
        assertEquals(303, ok.status(), ok.body());
        assertTrue(ok.header("Location").startsWith("/packages?msg="), ok.header("Location"));
        Http.Res shown = admin.get(ok.header("Location"));
        assertTrue(shown.body().contains("已报送"), "the status shows the county as sent");
        assertTrue(shown.body().contains("<strong>逾期报送</strong>"),
                "the county's 2024 package, exported after 2025年3月1日 (the servers run on today's date), is marked late");
        assertTrue(shown.body().contains("定远县人民政府") && shown.body().contains("逾期未报送"),
                "a unit below without a package is missing past 2025年3月1日");
        // 登记时间, 导出时间 and 接收时间 read as "2026-12-06 20:01", not as the stored UTC stamps (which the API keeps).
        java.util.regex.Matcher stamp = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")
                .matcher(shown.body());
        boolean raw = stamp.find();
        assertFalse(raw, () -> "no raw timestamp on the page: " + shown.body().substring(Math.max(0, stamp.start() - 80),
                Math.min(shown.body().length(), stamp.end() + 40)));
        java.util.regex.Matcher cells = java.util.regex.Pattern.compile(
                "<td class=\"nowrap\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}</td>").matcher(shown.body());
        assertTrue(cells.results().count() >= 5, "the trusted key's time, and each package's two times in both tables");
        assertTrue(cityAdmin.get("/api/packages").body().matches("(?s).*\"receivedAt\"\\s*:\\s*\"\\d{4}-\\d{2}-\\d{2}T.*"),
                "the API keeps ISO instants");

        // The city's own key is not a sender's: refused on the page, nothing trusted.
        byte[] ownPem = cityAdmin.get("/api/package-key").json().get("publicKey").asText().getBytes(StandardCharsets.US_ASCII);
        int keys = cityAdmin.get("/api/package-keys").json().size();
        Http.Res own = upload(admin, "/packages/keys", "滁州市.pem", ownPem, Map.of("name", "滁州市"));
        assertEquals(400, own.status());
        assertTrue(own.body().contains("本系统自己的公钥"), "the refusal says why");
        assertEquals(keys, cityAdmin.get("/api/package-keys").json().size());

        // A key trusted from an uploaded file (another county's, which nobody has trusted yet).
        Http.Res byFile = upload(admin, "/packages/keys", "定远县.pem", newPublicKeyPem(), Map.of("name", "定远县"));
        assertEquals(303, byFile.status(), byFile.body());
        assertEquals(keys + 1, cityAdmin.get("/api/package-keys").json().size());
        assertTrue(admin.get(byFile.header("Location")).body().contains("已信任"));

        Http.Res badKey = upload(admin, "/packages/keys", "k.pem", "不是公钥".getBytes(StandardCharsets.UTF_8), Map.of("name", "某县"));
        assertEquals(400, badKey.status());
        assertTrue(badKey.body().contains("某县"), "what was typed comes back");
    }

    private static byte[] newPublicKeyPem() {
        try {
            byte[] der = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
            return org.fazhi.exchange.SigningKey.pem(der).getBytes(StandardCharsets.US_ASCII);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Http.Res upload(Http as, String path, String fileName, byte[] file, Map<String, String> fields) {
        String csrf = Forms.csrf(as.get("/packages").body());
        String boundary = "----pkg" + System.nanoTime();
        return as.multipart(path + "?_csrf=" + csrf, boundary,
                RawClient.multipart(boundary, fields, fileName, "application/octet-stream", file));
    }
}
