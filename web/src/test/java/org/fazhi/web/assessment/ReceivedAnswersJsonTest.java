package org.fazhi.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.web.support.ApiBodies;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * A county's 示范创建 desk sent up by 报送: at the city, the JSON of a received unit's answers says where they came
 * from (receivedFrom, as the record GETs of the other kinds do); at the county, its own answers say nothing of it.
 */
class ReceivedAnswersJsonTest {
    static final String COUNTY_CODE = "11341100003000001P";
    static final String CITY_CODE = "113411000030000041";

    @Test
    void aReceivedUnitsAnswersSayWhereTheyCameFrom() throws IOException, InterruptedException {
        try (DeskServer county = new DeskServer(); TestServer city = new TestServer()) {
            assertEquals(200, county.townUser.put(county.desk(county.town) + "/answers/1.1",
                    Map.of("selfScore", new BigDecimal("5"), "explanation", "已全部审核")).status());
            JsonNode gov = county.admin.get("/api/orgs/" + county.county.id()).json();
            Map<String, Object> coded = new HashMap<>(Map.of("name", gov.get("name").asText(), "kind", gov.get("kind").asText(),
                    "version", gov.get("version").asInt(), "code", COUNTY_CODE));
            assertEquals(200, county.admin.put("/api/orgs/" + county.county.id(), coded).status());
            HttpResponse<byte[]> pkg = county.admin.client().send(HttpRequest.newBuilder(URI.create(county.server.baseUrl()
                            + "/api/packages/export?orgId=" + county.county.id() + "&year=" + county.round.year()))
                    .header("Authorization", "Bearer " + county.admin.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pkg.statusCode(), new String(pkg.body(), StandardCharsets.UTF_8));

            Http admin = city.login(TestServer.ADMIN);
            long cityGov = org(admin, "滁州市人民政府", "CITY_GOV", null, CITY_CODE);
            org(admin, "清河县人民政府", "COUNTY_GOV", cityGov, COUNTY_CODE);
            admin.created("/api/package-keys", Map.of("name", "清河县",
                    "publicKey", county.admin.get("/api/package-key").json().get("publicKey").asText()));
            HttpResponse<String> received = admin.client().send(HttpRequest.newBuilder(URI.create(city.baseUrl() + "/api/packages"))
                    .header("Authorization", "Bearer " + admin.token()).header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pkg.body())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, received.statusCode(), received.body());
            JsonNode sent = admin.get("/api/packages").json().get(0);

            long round = admin.get("/api/assessment-rounds").json().get(0).get("id").asLong();
            long town = 0;
            for (JsonNode o : admin.get("/api/orgs").json()) {
                if (o.get("name").asText().equals("城关镇人民政府")) {
                    town = o.get("id").asLong();
                }
            }
            JsonNode answers = admin.get("/api/assessment-rounds/" + round + "/units/" + town + "/answers").json();
            assertFalse(answers.isEmpty());
            for (JsonNode a : answers) {
                JsonNode from = a.get("receivedFrom");
                assertTrue(from != null && from.isObject(), a.toString());
                assertEquals("清河县人民政府", from.get("unit").asText());
                assertEquals(sent.get("sha256").asText(), from.get("packageSha256").asText());
                assertEquals(sent.get("exportedAt").asText(), from.get("at").asText());
            }
            for (JsonNode a : county.admin.get(county.desk(county.town) + "/answers").json()) {
                assertFalse(a.has("receivedFrom"), "the county's own answers: " + a);
            }
        }
    }

    private static long org(Http as, String name, String kind, Long parentId, String code) {
        Map<String, Object> body = ApiBodies.org(name, kind, parentId);
        body.put("code", code);
        return as.created("/api/orgs", body).get("id").asLong();
    }
}
