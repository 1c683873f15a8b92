package org.fazhi.web.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.account.Role;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sixteen people at once, each signed in with their own token, writing and reading over real HTTP
 * for a bounded number of operations: study sessions, court cases with a hearing, evidence notes on
 * duty items, edits of their own records, edits of one shared item, lists and every statistics
 * endpoint. Nobody may see a 5xx or SQLite's "busy"; every record acknowledged with 201 is there
 * afterwards holding what was sent (and the last acknowledged edit), and the lists and statistics count
 * exactly what was acknowledged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentClientsTest {
    private static final int CLIENTS = 16;
    private static final int OPERATIONS = 48;
    /** A ceiling so a slow machine ends the run early instead of making CI slow; counts still add up. */
    private static final long DEADLINE_MS = 30_000;
    private static final String[] STATISTICS = {"/api/study-compliance?year=2024", "/api/court-appearance?year=2024",
            "/api/duty-progress?year=2024", "/api/test-stats?year=2024"};

    @AutoClose
    private final County c = new County();
    private final List<Long> items = new ArrayList<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    /** What was acknowledged, by id: the fields that must read back as sent. */
    private final Map<Long, Map<String, String>> sessions = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, String>> cases = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, String>> hearings = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, String>> evidence = new ConcurrentHashMap<>();
    private final AtomicInteger sharedSaves = new AtomicInteger();
    private final AtomicInteger sharedConflicts = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private long shared;

    @BeforeAll
    void start() {
        c.admin.get("/api/duties?year=" + County.YEAR).json().forEach(i -> items.add(i.get("id").asLong()));
        shared = items.remove(0);
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
                String topic = "学法" + client + "-" + i;
                Http.Res r = check(who.post("/api/study-sessions", County.session(org, date, topic)), 201);
                if (r.status() == 201) {
                    long id = r.json().get("id").asLong();
                    sessions.put(id, new ConcurrentHashMap<>(Map.of("orgId", String.valueOf(org), "date", date,
                            "topic", topic, "lecturer", "张律师")));
                    mine.add(id);
                }
            }
            case 1 -> {
                String caseNo = "(2024)皖0101行初" + client + "-" + i + "号";
                Http.Res r = check(who.post("/api/court-cases", County.courtCase(caseNo, c.justice.id())), 201);
                if (r.status() == 201) {
                    long id = r.json().get("id").asLong();
                    cases.put(id, Map.of("caseNo", caseNo, "defendantOrgId", String.valueOf(c.justice.id())));
                    Http.Res h = check(who.post("/api/court-cases/" + id + "/hearings", County.hearing("2024-03-15")), 201);
                    if (h.status() == 201) {
                        hearings.put(h.json().get("id").asLong(), Map.of("caseId", String.valueOf(id), "date", "2024-03-15"));
                    }
                }
            }
            case 2 -> {
                long item = items.get((client * 7 + i) % items.size());
                String title = "情况说明" + client + "-" + i;
                Http.Res r = check(who.post("/api/duties/" + item + "/evidence", Map.of("kind", "NOTE",
                        "title", title, "text", "已按要求落实。", "effectiveDate", "2024-05-01")), 201);
                if (r.status() == 201) {
                    evidence.put(r.json().get("id").asLong(), Map.of("itemId", String.valueOf(item), "title", title,
                            "text", "已按要求落实。"));
                }
            }
            case 3 -> {
                if (!mine.isEmpty()) {
                    String path = "/api/study-sessions/" + mine.get(mine.size() - 1);
                    Http.Res read = check(who.get(path), 200);
                    if (read.status() == 200) {
                        ObjectNode edit = ((ObjectNode) read.json()).put("lecturer", "李律师" + i);
                        if (check(who.put(path, edit), 200).status() == 200) {
                            // Each client edits only its own sessions, one after the other: the last acknowledged edit stands.
                            sessions.get(mine.get(mine.size() - 1)).put("lecturer", "李律师" + i);
                        }
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
        readsBackAsSent("/api/study-sessions/", sessions);
        readsBackAsSent("/api/court-cases/", cases);
        readsBackAsSent("/api/court-hearings/", hearings);
        readsBackAsSent("/api/duty-evidence/", evidence);
    }

    /** Each acknowledged record answers 200 with the fields it was saved with. */
    private void readsBackAsSent(String path, Map<Long, Map<String, String>> acknowledged) {
        for (Map.Entry<Long, Map<String, String>> e : acknowledged.entrySet()) {
            Http.Res r = c.admin.get(path + e.getKey());
            assertEquals(200, r.status(), path + e.getKey() + " " + r.body());
            JsonNode stored = r.json();
            assertEquals(e.getKey().longValue(), stored.get("id").asLong());
            for (Map.Entry<String, String> field : e.getValue().entrySet()) {
                JsonNode value = stored.get(field.getKey());
                assertTrue(value != null, path + e.getKey() + " has no " + field.getKey() + ": " + stored);
                assertEquals(field.getValue(), value.asText(), path + e.getKey() + " " + field.getKey());
            }
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
