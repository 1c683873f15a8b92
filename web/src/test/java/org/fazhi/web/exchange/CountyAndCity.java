package org.fazhi.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fazhi.web.support.ApiBodies;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;

/**
 * Two real servers, a county's and its city's, as 报送 joins them: the county has a year of records (2024) and has
 * exported them as a package; the city has the county in its tree (by its unified code) and one county more that
 * sends nothing, and trusts no key yet.
 */
final class CountyAndCity implements AutoCloseable {
    static final String COUNTY_CODE = "11341100003000001P";
    static final String CITY_CODE = "113411000030000041";

    final TestServer county;
    final TestServer city;
    final Http countyAdmin;
    final Http cityAdmin;
    final long countyId;
    final long cityId;
    /** The county as a unit of the city's tree. */
    final long cityCountyId;
    /** A county below the city that sends nothing. */
    final long otherCounty;
    /** The county's package of 2024. */
    final byte[] pkg;
    final String countyPem;
    /**
     * The county's records of 2024 in the package: two sessions, a case with a hearing, a batch with a result, a 整改, a
     * 述法, a 行政复议 case and the planned duties.
     */
    final int records;

    CountyAndCity() {
        county = new TestServer();
        try {
            city = new TestServer();
        } catch (RuntimeException | Error e) {
            county.close();
            throw e;
        }
        boolean filled = false;
        try {
            countyAdmin = county.login(TestServer.ADMIN);
            cityAdmin = city.login(TestServer.ADMIN);
            countyId = org(countyAdmin, "清河县人民政府", "COUNTY_GOV", null, COUNTY_CODE);
            long bureau = org(countyAdmin, "清河县司法局", "DEPARTMENT", countyId, null);
            assertEquals(201, countyAdmin.post("/api/study-sessions", ApiBodies.studySession(bureau, "2024-05-06", "学习行政复议法")).status());
            assertEquals(201, countyAdmin.post("/api/study-sessions", ApiBodies.studySession(countyId, "2024-06-07", "学习宪法")).status());
            long courtCase = countyAdmin.created("/api/court-cases", ApiBodies.courtCase(bureau, "(2024)皖1102行初7号")).get("id").asLong();
            countyAdmin.created("/api/court-cases/" + courtCase + "/hearings", Map.of("date", "2024-06-20", "headAppeared", true,
                    "headName", "张局长", "headPosition", "局长", "headCategory", "PRINCIPAL", "notified", "2024-06-01"));
            long batch = countyAdmin.created("/api/test-batches", Map.of("orgId", bureau, "date", "2024-05-10", "track", "NON_NPC",
                    "paper", "A")).get("id").asLong();
            assertEquals(201, countyAdmin.post("/api/test-batches/" + batch + "/results", Map.of("name", "李四", "orgId", bureau,
                    "score", 70)).status());
            countyAdmin.created("/api/rectifications", Map.of("orgId", bureau, "problem", "规范性文件未备案", "source", "2024年法治督察",
                    "foundOn", "2024-02-01", "deadline", "2024-06-30", "responsible", "张科长"));
            Map<String, Object> reconsideration = new java.util.HashMap<>(Map.of("caseNo", "滁复〔2024〕3号", "applicant", "张某某",
                    "applicantType", "CITIZEN", "respondentOrgId", bureau, "category", "PENALTY", "receivedOn", "2024-04-01",
                    "acceptedOn", "2024-04-03", "procedure", "NORMAL"));
            Http.Res rc = countyAdmin.post("/api/reconsiderations", reconsideration);
            assertEquals(201, rc.status(), rc.body());
            long head = countyAdmin.created("/api/people", Map.of("name", "张局长", "orgId", bureau, "position", "局长",
                    "category", "PRINCIPAL")).get("id").asLong();
            countyAdmin.created("/api/law-reports", Map.of("personId", head, "year", 2024, "way", "WRITTEN", "reportedOn", "2025-01-15"));
            Http.Res planned = countyAdmin.post("/api/duty-plans", Map.of("year", 2024, "orgId", countyId));
            assertEquals(201, planned.status(), planned.body());
            records = 9 + planned.json().get("created").asInt();
            cityId = org(cityAdmin, "滁州市人民政府", "CITY_GOV", null, CITY_CODE);
            cityCountyId = org(cityAdmin, "清河县人民政府", "COUNTY_GOV", cityId, COUNTY_CODE);
            otherCounty = org(cityAdmin, "定远县人民政府", "COUNTY_GOV", cityId, null);
            countyPem = countyAdmin.get("/api/package-key").json().get("publicKey").asText();
            pkg = countyAdmin.download("/api/packages/export?orgId=" + countyId + "&year=2024", "application/zip");
            filled = true;
        } finally {
            if (!filled) {
                close();
            }
        }
    }

    /** Null-safe, for an {@code @AfterAll} after a {@code @BeforeAll} that failed (the servers closed themselves). */
    static void close(CountyAndCity servers) {
        if (servers != null) {
            servers.close();
        }
    }

    @Override
    public void close() {
        city.close();
        county.close();
    }

    /** POST /api/packages at the city with the file as the body. */
    Http.Res send(Http as, String type, byte[] body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(city.baseUrl() + "/api/packages")).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (as.token() != null) {
                b.header("Authorization", "Bearer " + as.token());
            }
            HttpResponse<String> r = as.client().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Res(r.statusCode(), r.body(), r);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** How many packages the city has received. */
    int received() {
        return cityAdmin.get("/api/packages").json().size();
    }

    /** The study sessions of 2024 the city's ledger holds. */
    int citySessions() {
        return cityAdmin.get("/api/study-sessions?year=2024").json().size();
    }

    /** The city trusts the county's key (once). */
    void trust() {
        if (cityAdmin.get("/api/package-keys").json().isEmpty()) {
            cityAdmin.created("/api/package-keys", Map.of("name", "清河县", "publicKey", countyPem));
        }
    }

    private static long org(Http as, String name, String kind, Long parentId, String code) {
        Map<String, Object> body = ApiBodies.org(name, kind, parentId);
        body.put("code", code);
        return as.created("/api/orgs", body).get("id").asLong();
    }
}
