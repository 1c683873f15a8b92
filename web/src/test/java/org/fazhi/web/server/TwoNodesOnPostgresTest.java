package org.fazhi.web.server;

import static org.fazhi.web.support.ApiBodies.studySession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two app nodes of a shared instance on one PostgreSQL database, as behind an office's reverse proxy: a
 * sign-in, a write, a figure, a version conflict, a file and a guesser's pause are the same whichever
 * node a request reaches.
 */
class TwoNodesOnPostgresTest {
    private final TestServer a = new TestServer();
    private final TestServer b = a.secondNode();

    @AfterEach
    void close() {
        b.close();
        a.close();
    }

    @Test
    void aWriteOnOneNodeIsInTheOtherNodesFiguresAtOnceAndAStaleSaveIsRefusedThere() {
        Http onA = a.login(TestServer.ADMIN);
        Http onB = onA.at(b.baseUrl());
        long county = onB.post("/api/orgs", Map.of("name", "清河县人民政府", "kind", "COUNTY_GOV")).json().get("id").asLong();
        long bureau = onA.post("/api/orgs", Map.of("name", "清河县司法局", "kind", "DEPARTMENT", "parentId", county)).json().get("id").asLong();

        String figuresBefore = onB.get("/api/study-compliance?year=2025&orgId=" + county).body();
        JsonNode saved = onA.post("/api/study-sessions", studySession(bureau, "2025-03-10", "学习行政复议法")).json();
        String figuresAfter = onB.get("/api/study-compliance?year=2025&orgId=" + county).body();
        assertNotEquals(figuresBefore, figuresAfter, "node B's cached figures saw node A's write");
        assertEquals(figuresAfter, onA.get("/api/study-compliance?year=2025&orgId=" + county).body());

        long id = saved.get("id").asLong();
        Map<String, Object> edit = studySession(bureau, "2025-03-10", "学习行政复议法(修订)");
        edit.put("version", saved.get("version").asInt());
        assertEquals(200, onA.put("/api/study-sessions/" + id, edit).status());
        Http.Res stale = onB.put("/api/study-sessions/" + id, edit);
        assertEquals(409, stale.status(), stale.body());
        assertEquals("CONFLICT", stale.json().get("error").asText());
        assertEquals("学习行政复议法(修订)", onB.get("/api/study-sessions/" + id).json().get("topic").asText());
    }

    @Test
    void aSignInAndItsSignOutHoldOnBothNodesAndFailedSignInsAreCountedTogether() {
        Http onA = a.login(TestServer.ADMIN);
        Http onB = onA.at(b.baseUrl());
        assertEquals(200, onB.get("/api/me").status());
        int out = onB.post("/api/logout", Map.of()).status();
        assertTrue(out == 200 || out == 204, "signed out: " + out);
        assertEquals(401, onA.get("/api/me").status(), "signed out on B is signed out on A");

        for (int i = 0; i < 2; i++) {
            assertEquals(401, a.anonymous().post("/api/login", Map.of("username", "admin", "password", "wrong a" + i)).status());
            assertEquals(401, b.anonymous().post("/api/login", Map.of("username", "admin", "password", "wrong b" + i)).status());
        }
        assertEquals(401, a.anonymous().post("/api/login", Map.of("username", "admin", "password", "wrong 5")).status());
        assertEquals(429, b.anonymous().post("/api/login", Map.of("username", "admin", "password", TestServer.PASSWORD)).status(),
                "five failures across the two nodes pause the account on both, the right password included");
    }
}
