package org.fazhi.web.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fazhi.model.account.Role;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No lost update, for every record that carries a {@code version}: two people read the same record
 * at version v and both save a change made on v. Exactly one save is stored; the other gets 409 with
 * a Chinese message naming {@code version}, and the record keeps the winner's change. Both orders:
 * the two PUTs released together by a latch, and one after the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LostUpdateTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @AutoClose
    private final County c = new County();
    private Http first;
    private Http second;

    /** One record under test: where it is read and written, how a change is made, where it is seen. */
    record Target(String readPath, String writePath, BiFunction<JsonNode, String, Object> edit,
                  Function<JsonNode, String> value) {
        /** The common case: GET and PUT the same path, sending back what was read with one text field changed. */
        static Target field(String path, String field) {
            return new Target(path, path, (read, v) -> ((ObjectNode) read.deepCopy()).put(field, v),
                    read -> read.path(field).asText());
        }
    }

    @BeforeAll
    void start() {
        c.server.createUser("editor", Role.ORGANISER, null);
        first = c.admin;
        second = c.server.login("editor");
    }

    Stream<Named<Supplier<Target>>> targets() {
        // Each session on its own day: both editors' topics land on many of them, and two sessions of one
        // unit, day and kind with the same topic would be asked about as possible duplicates.
        return Stream.of(
                Named.of("学法活动", () -> Target.field(created("/api/study-sessions",
                        County.session(c.justice.id(), java.time.LocalDate.of(2024, 1, 1).plusDays(SEQ.get() % 300).toString(),
                                "学习民法典" + SEQ.incrementAndGet())), "topic")),
                Named.of("测试批次", () -> Target.field(created("/api/test-batches", Map.of("orgId", c.justice.id(),
                        "date", "2024-05-10", "track", "NON_NPC", "paper", "A卷")), "paper")),
                Named.of("测试成绩", () -> {
                    String batch = created("/api/test-batches", Map.of("orgId", c.justice.id(),
                            "date", "2024-06-1" + SEQ.incrementAndGet() % 10, "track", "NON_NPC", "paper", "A卷"));
                    Http.Res r = c.admin.post(batch + "/results", Map.of("name", "考生" + SEQ.incrementAndGet(),
                            "orgId", c.justice.id(), "currentPost", "科员", "score", 80));
                    assertEquals(201, r.status(), r.body());
                    return Target.field("/api/test-results/" + r.json().get("id").asLong(), "currentPost");
                }),
                Named.of("诉讼案件", () -> Target.field(created("/api/court-cases",
                        County.courtCase("(2024)皖0101行初" + SEQ.incrementAndGet() + "号", c.justice.id())), "cause")),
                Named.of("庭审", () -> {
                    String caseAt = created("/api/court-cases", County.courtCase("(2024)皖0101行初" + SEQ.incrementAndGet() + "号", c.finance.id()));
                    return Target.field(hearingPath(caseAt), "headName");
                }),
                Named.of("职责事项", () -> Target.field(dutyItem(), "note")),
                Named.of("整改事项", () -> Target.field(created("/api/rectifications",
                        County.rectification(c.finance.id(), "执法公示不及时" + SEQ.incrementAndGet())), "measures")),
                Named.of("述法", () -> {
                    int year = 2000 + SEQ.incrementAndGet();
                    return Target.field(created("/api/law-reports", Map.of("personId", c.countyHead.id(), "year", year,
                            "way", "MEETING", "reportedOn", year + "-12-20", "note", "已存档")), "note");
                }),
                Named.of("年度报告", () -> {
                    String q = "year=" + (2000 + SEQ.incrementAndGet()) + "&orgId=" + c.county.id();
                    return new Target("/api/reports/annual?" + q, "/api/reports/annual/sections?" + q,
                            (read, v) -> Map.of("version", read.get("version").asInt(),
                                    "sections", List.of(Map.of("key", "measures", "narrative", v))),
                            read -> narrative(read, "measures"));
                }));
    }

    @ParameterizedTest(name = "{0}: two saves released together")
    @MethodSource("targets")
    void concurrentSavesOnOneVersionStoreExactlyOne(Supplier<Target> make) throws Exception {
        Target t = make.get();
        JsonNode readByFirst = read(first, t);
        JsonNode readBySecond = read(second, t);
        int v = readByFirst.get("version").asInt();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Http.Res> a = pool.submit(() -> {
                go.await();
                return first.put(t.writePath(), t.edit().apply(readByFirst, "甲的修改"));
            });
            Future<Http.Res> b = pool.submit(() -> {
                go.await();
                return second.put(t.writePath(), t.edit().apply(readBySecond, "乙的修改"));
            });
            go.countDown();
            Http.Res ra = a.get(30, TimeUnit.SECONDS);
            Http.Res rb = b.get(30, TimeUnit.SECONDS);
            List<Integer> statuses = new ArrayList<>(List.of(ra.status(), rb.status()));
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses, "one save stored, one refused: " + ra.body() + " | " + rb.body());
            assertConflict(ra.status() == 409 ? ra : rb);
            String winner = ra.status() == 200 ? "甲的修改" : "乙的修改";
            JsonNode stored = read(first, t);
            assertEquals(winner, t.value().apply(stored), "the stored record has the winner's change");
            assertEquals(v + 1, stored.get("version").asInt(), "one save, one new version");
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}: the second save comes later")
    @MethodSource("targets")
    void aLaterSaveOnAnOldVersionIsRefused(Supplier<Target> make) {
        Target t = make.get();
        JsonNode readByFirst = read(first, t);
        JsonNode readBySecond = read(second, t);
        Http.Res saved = first.put(t.writePath(), t.edit().apply(readByFirst, "甲的修改"));
        assertEquals(200, saved.status(), saved.body());
        Http.Res late = second.put(t.writePath(), t.edit().apply(readBySecond, "乙的修改"));
        assertEquals(409, late.status(), late.body());
        assertConflict(late);
        JsonNode stored = read(second, t);
        assertEquals("甲的修改", t.value().apply(stored), "the first save is not overwritten");
        assertEquals(readByFirst.get("version").asInt() + 1, stored.get("version").asInt());
    }

    private static void assertConflict(Http.Res r) {
        JsonNode j = r.json();
        assertEquals("CONFLICT", j.path("error").asText(), r.body());
        assertEquals("version", j.path("field").asText(), r.body());
        assertTrue(j.path("message").asText().matches(".*\\p{IsHan}{2,}.*"), "a Chinese message: " + r.body());
    }

    private static JsonNode read(Http who, Target t) {
        Http.Res r = who.get(t.readPath());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private String created(String path, Object body) {
        Http.Res r = c.admin.post(path, body);
        assertEquals(201, r.status(), path + ": " + r.body());
        return path + "/" + r.json().get("id").asLong();
    }

    private String hearingPath(String casePath) {
        return "/api/court-hearings/" + c.admin.created(casePath + "/hearings",
                County.hearing("2024-03-0" + (1 + SEQ.get() % 9))).get("id").asLong();
    }

    /** A different planned duty item each time (21 exist, each call takes the next). */
    private String dutyItem() {
        JsonNode items = c.admin.get("/api/duties?year=" + County.YEAR).json();
        return "/api/duties/" + items.get(SEQ.incrementAndGet() % items.size()).get("id").asLong();
    }

    private static String narrative(JsonNode report, String key) {
        for (JsonNode s : report.get("sections")) {
            if (key.equals(s.path("key").asText())) {
                return s.path("narrative").asText();
            }
        }
        throw new AssertionError("no section " + key + " in " + report);
    }
}
