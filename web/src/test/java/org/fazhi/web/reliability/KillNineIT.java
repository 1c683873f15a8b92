package org.fazhi.web.reliability;

import static org.fazhi.web.support.ApiBodies.courtCase;
import static org.fazhi.web.support.ApiBodies.studySession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fazhi.web.support.ApiBodies;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9: the real jar is killed with SIGKILL in the middle of writing, as by the task manager or a
 * crash of the JVM, and started again on the same folder. Every write it acknowledged (201 with an id)
 * must be there, nothing it did not acknowledge may be half there, a big import is all there or
 * not at all, and SQLite finds the file sound.
 *
 * <p>What this proves, and what not: SIGKILL ends the process without a chance to flush anything of its
 * own, so an answer sent before the commit, or a write split over two transactions, shows here. The
 * operating system's page cache survives a SIGKILL, though, so this is not a power cut: durability
 * against losing power rests on SQLite's {@code synchronous=FULL} (fsync at each commit), which no
 * test on a running machine can show.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class KillNineIT {
    private static final int WRITERS = 6;
    /** Enough to be sure the writers are in full flow when the kill comes. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
    private static final int IMPORT_ROWS = 50_000;

    @TempDir
    Path tmp;
    private final List<LedgerProcess> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(LedgerProcess::close);
    }

    private LedgerProcess start(Path data) {
        LedgerProcess p = LedgerProcess.start(data);
        started.add(p);
        return p;
    }

    private static long createOrg(Http admin, String name, String kind, Long parentId) {
        return admin.created("/api/orgs", ApiBodies.org(name, kind, parentId)).get("id").asLong();
    }

    private static long total(Http http, String listPath, String q) {
        Http.Res r = http.get(listPath + "?limit=1&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.body());
        return Long.parseLong(r.header("X-Total-Count"));
    }

    /** One write the server acknowledged: where to read it back and the text it must carry. */
    private record Acknowledged(String path, String field, String value) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        Path data = tmp.resolve("法治台账 数据");
        LedgerProcess.createAdmin(data, "admin");
        LedgerProcess server = start(data);
        Http admin = server.admin();
        long county = createOrg(admin, "清河县人民政府", "COUNTY_GOV", null);
        List<Long> units = new ArrayList<>();
        for (String name : List.of("县司法局", "县教育局", "县财政局")) {
            units.add(createOrg(admin, name, "DEPARTMENT", county));
        }

        Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        // Set just before the kill: a connection that dies before it is a failure, not the end of a writer.
        AtomicBoolean killing = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            running.add(writers.submit(() -> {
                long unit = units.get(writer % units.size());
                for (int i = 0; !killing.get(); i++) {
                    boolean study = writer % 2 == 0;
                    String text = study ? "断电测试学法-" + writer + "-" + i : "(2024)断电测试" + writer + "-" + i + "号";
                    Http.Res r;
                    try {
                        r = study ? admin.post("/api/study-sessions", studySession(unit, "2024-05-20", text))
                                : admin.post("/api/court-cases", courtCase(unit, text));
                    } catch (IllegalStateException e) {
                        if (!killing.get()) {
                            unexpected.add("writer " + writer + " lost its connection before the kill: " + e);
                        }
                        return; // the connection died with the server: this write was never acknowledged
                    }
                    if (r.status() == 201) {
                        String path = (study ? "/api/study-sessions/" : "/api/court-cases/") + r.json().get("id").asLong();
                        acknowledged.add(new Acknowledged(path, study ? "topic" : "caseNo", text));
                    } else {
                        unexpected.add(r.status() + " " + r.body());
                    }
                }
            }));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline && unexpected.isEmpty()) {
            Thread.sleep(20);
        }
        assertTrue(unexpected.isEmpty(), "writes refused before the kill: " + unexpected);
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "only " + acknowledged.size() + " writes in 3 minutes");

        killing.set(true);
        int exit = server.kill();
        assertEquals(LedgerProcess.KILLED, exit, "destroyForcibly() sends SIGKILL: exit 128 + 9");
        for (Future<?> f : running) {
            f.get(2, TimeUnit.MINUTES);
        }
        writers.shutdown();
        List<Acknowledged> acks = List.copyOf(acknowledged);
        assertTrue(unexpected.isEmpty(), "writes refused: " + unexpected);

        LedgerProcess again = start(data);
        Http reader = again.admin();
        for (Acknowledged a : acks) {
            Http.Res r = reader.get(a.path());
            assertEquals(200, r.status(), "acknowledged write lost after SIGKILL: " + a + " → " + r.body());
            assertEquals(a.value(), r.json().get(a.field()).asText(), a.toString());
        }
        long sessionsAcked = acks.stream().filter(a -> a.path().startsWith("/api/study-sessions/")).count();
        long casesAcked = acks.size() - sessionsAcked;
        long sessions = total(reader, "/api/study-sessions", "断电测试学法-");
        long cases = total(reader, "/api/court-cases", "断电测试");
        // At most one write per writer was in flight at the kill; it may have landed or not, whole.
        assertTrue(sessions >= sessionsAcked && sessions <= sessionsAcked + WRITERS / 2, sessions + " sessions, " + sessionsAcked + " acknowledged");
        assertTrue(cases >= casesAcked && cases <= casesAcked + WRITERS / 2, cases + " cases, " + casesAcked + " acknowledged");
        // The restarted ledger takes writes again.
        assertEquals(201, reader.post("/api/study-sessions", studySession(units.get(0), "2024-05-20", "重启后的学法")).status());
        again.stop();
        System.out.println("SIGKILL after " + acks.size() + " acknowledged writes; found " + sessions + " sessions and "
                + cases + " cases after the restart");

        LedgerFile file = new LedgerFile(data);
        assertEquals(List.of("ok"), file.integrity());
        assertEquals(0, file.foreignKeyViolations());
        assertEquals(sessions + 1, file.count("SELECT count(*) FROM study_sessions"));
        assertEquals(cases, file.count("SELECT count(*) FROM court_cases"));
        // Every write that landed, acknowledged or not, came with its audit entry (one transaction).
        String created = "SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND entity = ?";
        assertEquals(sessions + 1, file.count(created, "study-session"));
        assertEquals(cases, file.count(created, "court-case"));
    }

    @Test
    void aBigImportKilledHalfwayIsAllThereOrNotAtAll() throws Exception {
        Path data = tmp.resolve("导入 数据");
        LedgerProcess.createAdmin(data, "admin");
        LedgerProcess server = start(data);
        Http admin = server.admin();
        createOrg(admin, "清河县人民政府", "COUNTY_GOV", null);

        StringBuilder csv = new StringBuilder("单位,日期,类型,主题,所学法律,主讲人,时长(分钟),应到人数,实到人数\n");
        for (int i = 0; i < IMPORT_ROWS; i++) {
            csv.append("清河县人民政府,2024-").append(String.format("%02d-%02d", i % 12 + 1, i % 28 + 1))
                    .append(",集体学法,整批导入标记第").append(i).append("次学法,宪法、民法典,张律师,60,20,18\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        Path wal = data.resolve("fazhi.db-wal");
        long walBefore = Files.exists(wal) ? Files.size(wal) : 0;

        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> answer = client.sendAsync(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/study-sessions/import"))
                        .header("Authorization", "Bearer " + admin.token()).header("Content-Type", "text/csv")
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        // SQLite spills the open transaction's pages into the WAL as it inserts, long before the
        // commit: a WAL 2 MB bigger than before means the import is writing and not yet committed.
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!answer.isDone() && System.nanoTime() < deadline
                && (Files.exists(wal) ? Files.size(wal) : 0) < walBefore + 2 * 1024 * 1024) {
            Thread.sleep(10);
        }
        assertFalse(answer.isDone(), "the import must still be running when the kill comes: "
                + (answer.isDone() ? answer.join().statusCode() + " " + answer.join().body() : ""));
        assertEquals(LedgerProcess.KILLED, server.kill());
        assertThrows(answer);

        LedgerProcess again = start(data);
        Http reader = again.admin();
        long imported = total(reader, "/api/study-sessions", "整批导入标记");
        assertTrue(imported == 0 || imported == IMPORT_ROWS, "a killed import left " + imported + " of " + IMPORT_ROWS + " rows");
        System.out.println("SIGKILL during an import of " + IMPORT_ROWS + " rows; " + imported + " rows after the restart");
        again.stop();

        LedgerFile file = new LedgerFile(data);
        assertEquals(List.of("ok"), file.integrity());
        assertEquals(imported, file.count("SELECT count(*) FROM study_sessions"));
        // The import's single audit entry exists exactly when its rows do.
        assertEquals(imported == 0 ? 0 : 1, file.count("SELECT count(*) FROM audit_log WHERE summary LIKE ?", "%导入学法记录%"));
    }

    /** The client of a killed server gets an error, never an answer. */
    private static void assertThrows(CompletableFuture<HttpResponse<String>> answer) {
        try {
            HttpResponse<String> r = answer.get(2, TimeUnit.MINUTES);
            throw new AssertionError("a killed server answered: " + r.statusCode() + " " + r.body());
        } catch (java.util.concurrent.ExecutionException e) {
            assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }
}
