package org.fazhi.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * /api/assessment-rounds over real HTTP: open (field errors, default grades), list with filters, get, and
 * the results and score matrix (JSON and downloads), a unit seeing only its own row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundApiTest extends AdminApiCase {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final Assessment assessment = new Assessment(server.server().database(), server.services().audit(), CLOCK);

    RoundApiTest() {
        super(CLOCK);
    }

    static Map<String, Object> round(long systemId, long orgId) {
        Map<String, Object> m = new HashMap<>();
        m.put("year", 2026);
        m.put("systemId", systemId);
        m.put("orgId", orgId);
        m.put("selfDeadline", "2026-03-31");
        m.put("reviewDeadline", "2026-04-30");
        m.put("passScore", 60);
        m.put("target", 50);
        return m;
    }

    private Org org(String name, OrgKind kind, Org parent) {
        return server.org(name, kind, parent);
    }

    private long sample() {
        return admin.post("/api/indicator-systems/sample", Map.of()).json().get("id").asLong();
    }

    /** The unit's self scores: every leaf at {@code share} of its points, then submitted. */
    private void answer(long roundId, Org unit, String share) {
        assessment.answers().answers(Actor.SYSTEM, roundId, unit.id()).forEach(leaf -> assessment.answers().save(Actor.SYSTEM,
                roundId, unit.id(), leaf.code(), leaf.points().multiply(new BigDecimal(share)).setScale(1, java.math.RoundingMode.DOWN),
                "已落实", null));
        assessment.answers().submit(Actor.SYSTEM, roundId, unit.id(), null);
    }

    @Test
    void aRoundOpensOverTheUnitsBelowWithDefaultGradesAndIsListedAndRead() {
        Org county = org("开轮县", OrgKind.COUNTY_GOV, null);
        Org a = org("开轮一镇", OrgKind.TOWNSHIP, county);
        Org b = org("开轮二镇", OrgKind.TOWNSHIP, county);
        Http.Res r = admin.post("/api/assessment-rounds", round(sample(), county.id()));
        assertEquals(201, r.status(), r.body());
        JsonNode j = r.json();
        assertEquals("2026年度法治政府建设示范创建考核", j.get("title").asText());
        assertEquals(2, j.get("units").size());
        assertEquals(90.0, j.get("grades").get("excellent").asDouble());
        assertEquals(60.0, j.get("grades").get("qualified").asDouble());
        long id = j.get("id").asLong();
        assertEquals(id, admin.get("/api/assessment-rounds/" + id).json().get("id").asLong());
        assertTrue(admin.get("/api/assessment-rounds?year=2026&orgId=" + a.id()).body().contains("\"id\":" + id));
        assertEquals(0, admin.get("/api/assessment-rounds?year=2025&orgId=" + b.id()).json().size());
    }

    @Test
    void wrongFieldsAreNamedAndNothingIsOpened() {
        Org county = org("错轮县", OrgKind.COUNTY_GOV, null);
        org("错轮镇", OrgKind.TOWNSHIP, county);
        Map<String, Object> body = round(sample(), county.id());
        body.put("reviewDeadline", "2026-03-01");
        body.put("target", 150);
        Http.Res r = admin.post("/api/assessment-rounds", body);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("reviewDeadline") && r.body().contains("target"), r.body());
        assertEquals(0, admin.get("/api/assessment-rounds?orgId=" + county.id()).json().size(), "nothing written");
    }

    @Test
    void resultsRankTheUnitsAndAUnitSeesOnlyItsOwnRow() {
        Org county = org("结果县", OrgKind.COUNTY_GOV, null);
        Org a = org("结果一镇", OrgKind.TOWNSHIP, county);
        Org b = org("结果二镇", OrgKind.TOWNSHIP, county);
        long id = admin.post("/api/assessment-rounds", round(sample(), county.id())).json().get("id").asLong();
        answer(id, a, "1");
        answer(id, b, "0.5");
        JsonNode res = admin.get("/api/assessment-rounds/" + id + "/results").json();
        for (String f : List.of("units", "met", "assessed", "share", "target", "reached", "weakest")) {
            assertTrue(res.has(f), f + " in " + res);
        }
        assertEquals(2, res.get("assessed").asInt());
        assertEquals(1, res.get("met").asInt());
        assertEquals(50.0, res.get("share").asDouble());
        assertTrue(res.get("reached").asBoolean());
        JsonNode first = res.get("units").get(0);
        assertEquals(a.id().longValue(), first.get("orgId").asLong());
        assertEquals(1, first.get("rank").asInt());
        assertEquals("EXCELLENT", first.get("grade").asText());
        assertFalse(res.get("units").get(1).get("meets").asBoolean());

        JsonNode matrix = admin.get("/api/assessment-rounds/" + id + "/matrix").json();
        assertEquals(2, matrix.get("rows").size());
        assertEquals(matrix.get("leaves").size(), matrix.get("rows").get(0).get("scores").size());
        Http.Res csv = admin.get("/api/assessment-rounds/" + id + "/matrix?format=csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("结果一镇") && csv.body().contains("排名"), csv.body());
        assertEquals(400, admin.get("/api/assessment-rounds/" + id + "/matrix?format=pdf").status());

        server.createUser("jieguob", Role.VIEWER, b.id());
        Http unitB = server.login("jieguob");
        JsonNode own = unitB.get("/api/assessment-rounds/" + id + "/results").json();
        assertEquals(1, own.get("units").size());
        assertEquals(b.id().longValue(), own.get("units").get(0).get("orgId").asLong());
        assertEquals(2, own.get("units").get(0).get("rank").asInt(), "ranked among all");
        assertFalse(unitB.get("/api/assessment-rounds/" + id + "/matrix?format=csv").body().contains("结果一镇"));
        Org other = org("旁县", OrgKind.COUNTY_GOV, null);
        server.createUser("pangxian", Role.VIEWER, other.id());
        assertEquals(403, server.login("pangxian").get("/api/assessment-rounds/" + id + "/results").status());
    }
}
