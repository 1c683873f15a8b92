package org.fazhi.web.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.account.Role;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sixteen people at once, each signed in with their own token, writing and reading over real HTTP
 * for a bounded number of operations: study sessions, court cases with a hearing, evidence notes on
 * duty items, edits of their own records, edits of one shared item, lists and every statistics
 * endpoint. Nobody may see a 5xx or SQLite's "busy"; every record acknowledged with 201 is there
 * afterwards, and the lists and statistics count exactly what was acknowledged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentClientsTest {
    private static final int CLIENTS = 16;
    private static final int OPERATIONS = 48;
    /** A ceiling so a slow machine ends the run early instead of making CI slow; counts still add up. */
    private static final long DEADLINE_MS = 30_000;
    private static final String[] STATISTICS = {"/api/study-compliance?year=2024", "/api/court-appearance?year=2024",
            "/api/duty-progress?year=2024", "/api/test-stats?year=2024"};

    private County c;
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Queue<Long> sessions = new ConcurrentLinkedQueue<>();
    private final Queue<Long> cases = new ConcurrentLinkedQueue<>();
    private final Queue<Long> hearings = new ConcurrentLinkedQueue<>();
    private final Queue<Long> evidence = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sharedSaves = new AtomicInteger();
    private final AtomicInteger sharedConflicts = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private List<Long> items;
    private long shared;

    @BeforeAll
    void start() {
        c = new County();
        items = new ArrayList<>();
        c.admin.get("/api/duties?year=" + County.YEAR).json().forEach(i -> items.add(i.get("id").asLong()));
        shared = items.remove(0);
    }

    @AfterAll
    void stop() {
        c.close();
    }

    @Test
    void sixteenWritersAndReadersLoseNothingAndNeverSee5xx() throws Exception {
        List<Http> clients = new ArrayList<>();
        for (int k = 0; k < CLIENTS; k++) {
            c.server.createUser("clerk" + k, Role.ORGANISER, c.county.id());
            clients.add(c.server.login("clerk" + k));
        }
        int sharedVersion = c.admin.get("/api/duties/" + shared).json().get("version").asInt();
        long deadline = System.currentTimeMillis() + DEADLINE_MS;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> runs = new ArrayList<>();
        for (int k = 0; k < CLIENTS; k++) {
            int client = k;
            runs.add(pool.submit(() -> {
                go.await();
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < OPERATIONS && System.currentTimeMillis() < deadline; i++) {
                    operate(clients.get(client), client, i, mine);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> run : runs) {
            run.get(DEADLINE_MS + 60_000, TimeUnit.MILLISECONDS);
        }
        pool.shutdown();

        assertTrue(failures.isEmpty(), failures.size() + " bad answers of " + requests.get() + ", e.g.:\n"
                + String.join("\n", failures.stream().limit(10).toList()));
        assertTrue(sessions.size() >= CLIENTS && cases.size() >= CLIENTS, "the run did some work: " + requests.get());
        everyAcknowledgedRecordIsThere();
        theCountsAddUp(sharedVersion);
    }

    private void operate(Http who, int client, int i, List<Long> mine) {
        switch (i % 8) {
            case 0 -> {
                long org = (client + i) % 2 == 0 ? c.justice.id() : c.finance.id();
                String date = String.format("2024-%02d-%02d", 1 + (client % 12), 1 + (i % 28));
                Http.Res r = check(who.post("/api/study-sessions", County.session(org, date, "学法" + client + "-" + i)), 201);
                if (r.status() == 201) {
                    long id = r.json().get("id").asLong();
                    sessions.add(id);
                    mine.add(id);
                }
            }
            case 1 -> {
                Http.Res r = check(who.post("/api/court-cases",
                        County.courtCase("(2024)皖0101行初" + client + "-" + i + "号", c.justice.id())), 201);
                if (r.status() == 201) {
                    long id = r.json().get("id").asLong();
                    cases.add(id);
                    Http.Res h = check(who.post("/api/court-cases/" + id + "/hearings", County.hearing("2024-03-15")), 201);
                    if (h.status() == 201) {
                        hearings.add(h.json().get("id").asLong());
                    }
                }
            }
            case 2 -> {
                long item = items.get((client * 7 + i) % items.size());
                Http.Res r = check(who.post("/api/duties/" + item + "/evidence", Map.of("kind", "NOTE",
                        "title", "情况说明" + client + "-" + i, "text", "已按要求落实。", "effectiveDate", "2024-05-01")), 201);
                if (r.status() == 201) {
                    evidence.add(r.json().get("id").asLong());
                }
            }
            case 3 -> {
                if (!mine.isEmpty()) {
                    String path = "/api/study-sessions/" + mine.get(mine.size() - 1);
                    Http.Res read = check(who.get(path), 200);
                    if (read.status() == 200) {
                        ObjectNode edit = ((ObjectNode) read.json()).put("lecturer", "李律师" + i);
                        check(who.put(path, edit), 200);
                    }
                }
            }
            case 4 -> {
                String path = "/api/duties/" + shared;
                Http.Res read = check(who.get(path), 200);
                if (read.status() == 200) {
                    Http.Res r = count(who.put(path, Map.of("status", read.json().get("status").asText(),
                            "note", "第" + client + "人第" + i + "次", "version", read.json().get("version").asInt())));
                    if (r.status() == 200) {
                        sharedSaves.incrementAndGet();
                    } else if (r.status() == 409) {
                        sharedConflicts.incrementAndGet();
                    } else {
                        failures.add("shared PUT → " + r.status() + " " + r.body());
                    }
                }
            }
            case 5 -> check(who.get("/api/study-sessions?year=2024&limit=20"), 200);
            case 6 -> check(who.get(STATISTICS[(client + i) % STATISTICS.length]), 200);
            default -> check(who.get("/api/reports/annual?year=2024&orgId=" + c.county.id()), 200);
        }
    }

    /** Records the answer and, unless it is the expected status, why it is wrong. */
    private Http.Res check(Http.Res r, int expected) {
        count(r);
        if (r.status() != expected && r.status() < 500) {
            failures.add(r.raw().request().method() + " " + r.raw().uri().getPath() + " → " + r.status() + " " + r.body());
        }
        return r;
    }

    private Http.Res count(Http.Res r) {
        requests.incrementAndGet();
        String body = r.body() == null ? "" : r.body();
        if (r.status() >= 500 || body.contains("SQLITE_BUSY") || body.contains("database is locked")) {
            failures.add(r.raw().request().method() + " " + r.raw().uri().getPath() + " → " + r.status() + " " + body);
        }
        return r;
    }

    private void everyAcknowledgedRecordIsThere() {
        for (long id : sessions) {
            assertEquals(200, c.admin.get("/api/study-sessions/" + id).status(), "session " + id);
        }
        for (long id : cases) {
            assertEquals(200, c.admin.get("/api/court-cases/" + id).status(), "case " + id);
        }
        for (long id : hearings) {
            assertEquals(200, c.admin.get("/api/court-hearings/" + id).status(), "hearing " + id);
        }
        for (long id : evidence) {
            assertEquals(200, c.admin.get("/api/duty-evidence/" + id).status(), "evidence " + id);
        }
    }

    private void theCountsAddUp(int sharedVersion) {
        assertEquals(String.valueOf(sessions.size()), c.admin.get("/api/study-sessions?year=2024&limit=1").header("X-Total-Count"));
        assertEquals(String.valueOf(cases.size()), c.admin.get("/api/court-cases?year=2024&limit=1").header("X-Total-Count"));
        JsonNode appearance = c.admin.get("/api/court-appearance?year=2024").json();
        assertEquals(cases.size(), appearance.get("heard").asInt(), "every case was heard once in 2024");
        assertEquals(hearings.size(), appearance.get("appeared").asInt(), "a head appeared at every hearing");
        int notes = 0;
        for (JsonNode item : c.admin.get("/api/duties?year=2024").json()) {
            notes += item.get("evidenceCount").asInt();
        }
        assertEquals(evidence.size(), notes, "every evidence note is counted on its item");
        JsonNode hot = c.admin.get("/api/duties/" + shared).json();
        assertEquals(sharedVersion + sharedSaves.get(), hot.get("version").asInt(),
                "every stored save of the shared item made one version; " + sharedConflicts.get() + " were refused");
    }
}
