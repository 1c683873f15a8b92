package org.fazhi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;

/**
 * Issue 15's load and fault benchmark: an online exam sat by 200 candidates on the real jar ({@link ServerProcess},
 * {@code -Xmx256m}, SQLite), each saving an answer every 5 seconds, as phones in an exam room do.
 *
 * <ol>
 *   <li>Setup over HTTP on the demo county (its question bank): a test batch, an exam of 25 single choice × 2, 5 multiple
 *   choice × 4 and 15 true/false × 2 (100 points) in variants A and B, 200 candidates with their codes, each signed in
 *   (POST /api/exam-login) and holding its paper.</li>
 *   <li>Steady load: every candidate PUTs an answer (a random question of its paper, a random answer in the letters it
 *   was shown) every 5 s, the candidates' starts spread over the first 5 s; median, p99 and max of the PUT. Target:
 *   p99 under 100 ms. Every answer must be acknowledged with 200.</li>
 *   <li>Fault: the load goes on; after a while the server is killed with SIGKILL ({@code kill -9}) and started again
 *   on the same data folder; the candidates carry on with the tokens they hold. Then every candidate's paper is read
 *   back: each question's saved answer must be the last one acknowledged (or, where the last try got no answer
 *   because the server died under it, that try's), the end time must be the one given at sign-in (the clock is the
 *   server's and kept in the database), and every candidate must have saved answers after the restart.</li>
 *   <li>Every candidate submits; the batch then holds 200 results.</li>
 * </ol>
 *
 * <p>Run: {@code mvn -B -P bench install -DskipTests && mvn -B -P bench -pl bench exec:exec
 * -Dbench.main=org.fazhi.bench.ExamBench [-Dbench.args="CANDIDATES STEADY_S FAULT_S"]} (defaults 200 120 60).
 */
public final class ExamBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final long EVERY_MS = 5_000;

    private ExamBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int steadySeconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int faultSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        BenchFolder folder = BenchFolder.create("exam");
        try (WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, folder.data(), true))) {
            ProvinceLedger.addAdmin(server);
        }
        List<String> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ServerProcess server = folder.server("server.out");
        Room room = new Room("http://127.0.0.1:" + server.port());
        try {
            BenchClient admin = BenchClient.login(server.port(), ProvinceLedger.USER, ProvinceLedger.PASSWORD);
            long batchId = setUp(admin, room, n);
            System.out.printf("%d 名考生已登录,每人 %d 道题%n", n, room.candidates.get(0).questions.size());

            Timings steady = room.run(steadySeconds * 1000L, null);
            rows.add(steady.row());
            notes.add(String.format("steady load: %d answers PUT by %d candidates in %d s, %d refused or failed",
                    steady.count(), n, steadySeconds, room.failures.getAndSet(0)));
            if (room.lastFailure != null) {
                notes.add("first failure: " + room.lastFailure);
            }

            ServerProcess[] current = {server};
            long[] downMs = {0};
            Timings afterRestart = room.run(faultSeconds * 1000L, () -> {
                ServerProcess killed = current[0];
                killed.process().destroyForcibly();
                killed.process().waitFor();
                long killedAt = System.nanoTime();
                ServerProcess started = folder.server("server-restarted.out");
                downMs[0] = (System.nanoTime() - killedAt) / 1_000_000;
                room.base = "http://127.0.0.1:" + started.port();
                current[0] = started;
            });
            server = current[0];
            rows.add(afterRestart.row());
            notes.add(String.format("kill -9 %d s into a %d s run; the server answered again %.1f s later (a fresh JVM on"
                    + " the same data folder); %d tries got no answer or an error meanwhile", faultSeconds / 3, faultSeconds,
                    downMs[0] / 1000.0, room.failures.get()));
            Verdict v = room.verify();
            notes.add(String.format("read back after the restart: %d candidates, %d answers acknowledged in all, %d saved"
                    + " answers checked, %d lost, %d end times changed, %d candidates without an answer saved after the restart",
                    n, room.acknowledged.get(), v.checked, v.lost, v.movedEnds, v.idleAfterRestart));
            if (v.lost > 0 || v.movedEnds > 0 || v.idleAfterRestart > 0) {
                throw new IllegalStateException("故障测试未通过:" + v.firstProblem);
            }
            int submitted = room.submitAll();
            admin = BenchClient.login(server.port(), ProvinceLedger.USER, ProvinceLedger.PASSWORD);
            int results = JSON.readTree(admin.get("/api/test-batches/" + batchId + "/results")).size();
            notes.add(String.format("%d papers submitted; the batch holds %d results", submitted, results));
            if (results != n) {
                throw new IllegalStateException("测试批次应有 " + n + " 条成绩,实有 " + results);
            }
            notes.add(String.format("server peak RSS %.0f MB (the restarted JVM), alive %s", server.peakRssMb(), server.alive()));
        } finally {
            room.scheduler.shutdownNow();
            server.close();
        }
        System.out.println();
        System.out.printf("机器:%s;开始时负载 %s,结束时负载 %s%n", Machine.describe(), folder.loadBefore(), Machine.load());
        Timings.print(rows, notes);
        ProvinceBench.deleteTree(folder.dir());
    }

    /** The batch, its exam and the candidates, signed in; returns the batch's id. */
    private static long setUp(BenchClient admin, Room room, int n) throws Exception {
        long root = -1;
        for (JsonNode org : JSON.readTree(admin.get("/api/orgs"))) {
            if (org.get("parentId").isNull()) {
                root = org.get("id").asLong();
            }
        }
        JsonNode batch = JSON.readTree(admin.postJson("/api/test-batches", "{\"orgId\":" + root + ",\"date\":\""
                + LocalDate.now() + "\",\"track\":\"NON_NPC\",\"paper\":\"A/B\",\"fullMark\":100,\"passMark\":60}"));
        long batchId = batch.get("id").asLong();
        JsonNode exam = JSON.readTree(admin.postJson("/api/test-batches/" + batchId + "/exam", "{\"minutes\":120,"
                + "\"variants\":[\"A\",\"B\"],\"parts\":[{\"type\":\"SINGLE\",\"count\":25,\"points\":2},"
                + "{\"type\":\"MULTIPLE\",\"count\":5,\"points\":4},{\"type\":\"TRUE_FALSE\",\"count\":15,\"points\":2}]}"));
        long examId = exam.get("id").asLong();
        for (int i = 1; i <= n; i++) {
            JsonNode c = JSON.readTree(admin.postJson("/api/exams/" + examId + "/candidates",
                    String.format("{\"name\":\"考生%03d\",\"orgId\":%d,\"proposedPost\":\"科长\"}", i, root)));
            room.candidates.add(room.signIn(c.get("code").asText()));
        }
        return batchId;
    }

    /** What came back for one question: the last answer acknowledged, and the last tried if that got no answer. */
    private static final class Saved {
        String acknowledged;
        String unanswered;
    }

    private record Question(long id, String type, int options) {
    }

    private static final class Candidate {
        final String token;
        final String endsAt;
        final List<Question> questions;
        final Map<Long, Saved> saved = new HashMap<>();
        volatile boolean savedAfterRestart;

        Candidate(String token, String endsAt, List<Question> questions) {
            this.token = token;
            this.endsAt = endsAt;
            this.questions = questions;
        }
    }

    private record Verdict(int checked, int lost, int movedEnds, int idleAfterRestart, String firstProblem) {
    }

    interface Fault {
        void strike() throws Exception;
    }

    /** The exam room: the candidates, one HTTP client as the room's Wi-Fi, and the ticks of their answers. */
    private static final class Room {
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        final List<Candidate> candidates = new ArrayList<>();
        final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(64);
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger acknowledged = new AtomicInteger();
        volatile String base;
        volatile boolean restarted;
        volatile String lastFailure;

        Room(String base) {
            this.base = base;
        }

        Candidate signIn(String code) throws Exception {
            JsonNode login = JSON.readTree(send("POST", "/api/exam-login", null, "{\"code\":\"" + code + "\"}", 200));
            String token = login.get("token").asText();
            JsonNode paper = JSON.readTree(send("GET", "/api/exam/paper", token, null, 200));
            List<Question> qs = new ArrayList<>();
            for (JsonNode q : paper.get("questions")) {
                qs.add(new Question(q.get("id").asLong(), q.get("type").asText(), q.get("options").size()));
            }
            return new Candidate(token, login.get("endsAt").asText(), qs);
        }

        /** Every candidate answers every 5 s for {@code millis}; {@code fault}, if any, strikes a third of the way in. */
        Timings run(long millis, Fault fault) throws Exception {
            Timings t = new Timings(fault == null ? "`PUT /api/exam/answers/{id}`, steady" : "`PUT /api/exam/answers/{id}`, across the kill and after");
            List<java.util.concurrent.ScheduledFuture<?>> ticks = new ArrayList<>();
            for (Candidate c : candidates) {
                ticks.add(scheduler.scheduleAtFixedRate(() -> answer(c, t), ThreadLocalRandom.current().nextLong(EVERY_MS),
                        EVERY_MS, TimeUnit.MILLISECONDS));
            }
            if (fault != null) {
                Thread.sleep(millis / 3);
                fault.strike();
                restarted = true;
                Thread.sleep(millis - millis / 3);
            } else {
                Thread.sleep(millis);
            }
            ticks.forEach(f -> f.cancel(false));
            Thread.sleep(TIMEOUT.toMillis() / 4);
            return t;
        }

        private void answer(Candidate c, Timings t) {
            Random r = ThreadLocalRandom.current();
            Question q = c.questions.get(r.nextInt(c.questions.size()));
            String given = switch (q.type) {
                case "TRUE_FALSE" -> r.nextBoolean() ? "T" : "F";
                case "MULTIPLE" -> {
                    StringBuilder s = new StringBuilder();
                    for (int i = 0; i < q.options; i++) {
                        if (r.nextBoolean() || s.length() == 0 && i == q.options - 1) {
                            s.append((char) ('A' + i));
                        }
                    }
                    yield s.toString();
                }
                default -> String.valueOf((char) ('A' + r.nextInt(q.options)));
            };
            synchronized (c) {
                Saved s = c.saved.computeIfAbsent(q.id, k -> new Saved());
                long start = System.nanoTime();
                try {
                    JsonNode ack = JSON.readTree(send("PUT", "/api/exam/answers/" + q.id, c.token,
                            "{\"answer\":\"" + given + "\"}", 200));
                    t.add((System.nanoTime() - start) / 1e6);
                    s.acknowledged = ack.get("answer").asText();
                    s.unanswered = null;
                    acknowledged.incrementAndGet();
                    if (restarted) {
                        c.savedAfterRestart = true;
                    }
                } catch (Exception e) {
                    // No answer (the server died under it) or an error: not acknowledged, so either value may stand.
                    s.unanswered = given;
                    failures.incrementAndGet();
                    lastFailure = e.toString();
                }
            }
        }

        Verdict verify() throws Exception {
            int checked = 0;
            int lost = 0;
            int moved = 0;
            int idle = 0;
            String first = null;
            for (Candidate c : candidates) {
                JsonNode paper = JSON.readTree(send("GET", "/api/exam/paper", c.token, null, 200));
                if (!c.endsAt.equals(paper.get("endsAt").asText())) {
                    moved++;
                    first = first == null ? "交卷时间由 " + c.endsAt + " 变为 " + paper.get("endsAt").asText() : first;
                }
                if (!c.savedAfterRestart) {
                    idle++;
                    first = first == null ? "重启后有考生一次也没能保存答案" : first;
                }
                Map<Long, String> onServer = new HashMap<>();
                for (JsonNode q : paper.get("questions")) {
                    onServer.put(q.get("id").asLong(), q.get("answer").isNull() ? null : q.get("answer").asText());
                }
                for (Map.Entry<Long, Saved> e : c.saved.entrySet()) {
                    Saved s = e.getValue();
                    String now = onServer.get(e.getKey());
                    if (s.acknowledged == null && s.unanswered == null) {
                        continue;
                    }
                    checked++;
                    boolean ok = java.util.Objects.equals(now, s.acknowledged)
                            || s.unanswered != null && now != null && now.replace(",", "").equals(s.unanswered);
                    if (!ok) {
                        lost++;
                        first = first == null ? "试题 " + e.getKey() + " 已确认的答案 " + s.acknowledged + ",服务器上为 " + now : first;
                    }
                }
            }
            return new Verdict(checked, lost, moved, idle, first);
        }

        int submitAll() throws Exception {
            int n = 0;
            for (Candidate c : candidates) {
                send("POST", "/api/exam/submit", c.token, "", 200);
                n++;
            }
            return n;
        }

        private String send(String method, String path, String token, String body, int expected) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + " " + r.body());
            }
            return r.body();
        }
    }
}
