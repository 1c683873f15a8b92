package org.fazhi.bench;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.round.Grades;
import org.fazhi.assessment.round.Results;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundDraft;
import org.fazhi.assessment.round.RoundUnit;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.sheets.TableWriter;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Issue 12's benchmark: one 示范创建 round over the province's units ({@link ProvinceTree}: 2,000 at scale 1) on an
 * indicator system of 100 leaves, so 200,000 answers; then, with one client against the real jar
 * ({@link ServerProcess}), median and p99 of the round's results (JSON and page) and of the score matrix page, and
 * the time of the matrix's .xlsx export (targets: p99 under 250 ms, the export under 10 s). Routes not built yet
 * (404) are reported as such; the assessment module's own calls (results computed afresh and kept by the module's
 * FigureCache, the whole matrix and a page of it, the matrix table written to an .xlsx file) are timed in process
 * too. The results and the pages are timed twice: as they are read between changes (the results kept), and each
 * right after a change (a reviewer's score, audited, so the results are computed again).
 *
 * <p>The system and the round go through the services (the tree checks, the units below the assessing unit); the
 * answers and reviews go in as batched SQL through the server's Jdbi, following the services' rules: a submitted or
 * confirmed unit has a self score on every leaf, every deduction has a reason, a unit still drafting has about half
 * of its answers and no review.
 *
 * <p>Run: {@code mvn -B -P bench install -DskipTests && mvn -B -P bench -pl bench exec:exec
 * -Dbench.main=org.fazhi.bench.AssessmentBench [-Dbench.args="SCALE [RUNS]"]}. SCALE 1 (the default) is 2,000 units;
 * 0.05 checks the whole run quickly. RUNS (default 30) measured requests per path.
 */
public final class AssessmentBench {
    static final int AREAS = 10;
    static final int LEAVES_PER_AREA = 10;
    private static final String ANSWER = "INSERT INTO assessment_answers (round_id, org_id, code, self_tenths, explanation, "
            + "version, updated_at, updated_by, review_tenths, reason, reviewed_at, reviewed_by) "
            + "VALUES (?, ?, ?, ?, ?, 1, ?, 'bench', ?, ?, ?, ?)";

    private AssessmentBench() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        BenchFolder folder = BenchFolder.create("assessment");
        LocalDate today = LocalDate.now();
        System.out.printf("规模 %s,数据目录 %s%n", scale, folder.dir());

        List<String> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long roundId;
        long submitted;
        int units;
        long answers;
        try (WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, folder.data(), false))) {
            ProvinceLedger.addAdmin(server);
            ProvinceTree tree = ProvinceTree.plan(scale, new Random(6));
            long t0 = System.nanoTime();
            server.database().jdbi().useTransaction(h -> tree.insert(h, Stamps.at(today.minusYears(1))));
            Assessment assessment = new Assessment(server.database(), server.services().audit());
            IndicatorSystem system = assessment.systems().create(Actor.SYSTEM, "基准省法治政府建设示范创建指标体系", today.getYear(),
                    null, indicators());
            long root = tree.units().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow().id();
            Round round = assessment.rounds().open(Actor.SYSTEM, new RoundDraft(today.getYear(), null, system.id(), root, null,
                    today.plusDays(30), today.plusDays(60), new BigDecimal("80"),
                    new Grades(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60")), new BigDecimal("70")));
            roundId = round.id();
            units = round.units().size();
            answers = server.database().jdbi().inTransaction(h -> fill(h, round, system, new Random(12)));
            System.out.printf("生成:%,d 个单位,%d 项末级指标,%,d 条自评/审核:%.1f s%n", units, system.tree().leaves().size(),
                    answers, (System.nanoTime() - t0) / 1e9);
            server.database().jdbi().useHandle(h -> h.execute("ANALYZE"));

            // The module's own calls, in this process (no HTTP, no rendering).
            Results results = assessment.results().results(Actor.SYSTEM, roundId);
            System.out.println("结果:" + results.sentence());
            // Afresh: a new module instance has an empty FigureCache, so every call reads and ranks all the answers.
            rows.add(Timings.measure("`ResultService.results` computed afresh (in process)", 2, runs,
                    () -> new Assessment(server.database(), server.services().audit()).results().results(Actor.SYSTEM, roundId)).row());
            rows.add(Timings.measure("`ResultService.results` kept by the FigureCache (in process)", 2, runs,
                    () -> assessment.results().results(Actor.SYSTEM, roundId)).row());
            rows.add(Timings.measure("`ResultService.matrix`, the whole matrix (in process)", 2, runs,
                    () -> assessment.results().matrix(Actor.SYSTEM, roundId)).row());
            rows.add(Timings.measure("`ResultService.matrix`, a page of 50 units (in process)", 2, runs,
                    () -> assessment.results().matrix(Actor.SYSTEM, roundId, null, 1000, 50)).row());
            submitted = server.database().jdbi().withHandle(h -> h.createQuery("SELECT min(org_id) FROM assessment_round_units "
                    + "WHERE round_id = :r AND state = 'SUBMITTED'").bind("r", roundId).mapTo(Long.class).one());
            Path xlsx = folder.dir().resolve("matrix.xlsx");
            rows.add(Timings.measure("`ResultService.matrixTable` written to an .xlsx file (in process)", 1, 3, () -> {
                try (OutputStream out = Files.newOutputStream(xlsx)) {
                    TableWriter.write(assessment.results().matrixTable(Actor.SYSTEM, roundId), ExportFormat.XLSX, out);
                }
            }).row());
            notes.add(String.format("the .xlsx of the matrix: %,d KB", Files.size(xlsx) / 1024));
        }

        try (ServerProcess server = folder.server("server.out")) {
            BenchClient http = BenchClient.login(server.port(), ProvinceLedger.USER, ProvinceLedger.PASSWORD);
            String r = "/assessment-rounds/" + roundId;
            measure(http, rows, notes, "GET /api" + r + "/results", runs);
            measure(http, rows, notes, "GET /assessment/rounds/" + roundId + "/results (page)", runs);
            measure(http, rows, notes, "GET /assessment/rounds/" + roundId + "/matrix (page)", runs);
            measure(http, rows, notes, "GET /assessment/rounds/" + roundId + "/matrix?offset=1000 (page)", runs);
            // After a change: a reviewer's score (audited) before each request, so the results are computed again.
            String review = "/api" + r + "/units/" + submitted + "/review";
            int[] n = {0};
            Timings.Op change = () -> http.postJson(review, "{\"code\": \"1.1\", \"score\": " + (n[0]++ % 2 == 0 ? "0.5" : "0.6")
                    + ", \"reason\": \"基准测试扣分\"}");
            afterChange(http, rows, change, "GET /api" + r + "/results", runs);
            afterChange(http, rows, change, "GET /assessment/rounds/" + roundId + "/results", runs);
            afterChange(http, rows, change, "GET /assessment/rounds/" + roundId + "/matrix", runs);
            measure(http, rows, notes, "GET /api" + r + "/matrix?format=xlsx (export)", 3);
            notes.add(String.format("server peak RSS %.0f MB, alive %s", server.peakRssMb(), server.alive()));
        }

        System.out.println();
        System.out.printf("机器:%d 核,Java %s;开始时负载 %s;规模 %s:%,d 个单位 × %d 项末级指标(%,d 条答案)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), folder.loadBefore(), scale, units,
                AREAS * LEAVES_PER_AREA, answers);
        Timings.print(rows, notes);
        ProvinceBench.deleteTree(folder.dir());
    }

    /** Times {@code label}'s path (the text after "GET " up to a space) or says it is not built yet (404). */
    private static void measure(BenchClient http, List<String> rows, List<String> notes, String label, int runs)
            throws Exception {
        String path = label.substring(4).split(" ")[0];
        int status = http.status(path);
        if (status == 404) {
            notes.add("`" + path + "`: not built yet (404)");
            return;
        }
        rows.add(Timings.measure("`" + label + "`", Math.min(3, runs), runs, () -> http.get(path)).row());
    }

    /** Times GET {@code path} right after {@code change} (not timed) each run: the results computed again. */
    private static void afterChange(BenchClient http, List<String> rows, Timings.Op change, String label, int runs)
            throws Exception {
        String path = label.substring(4);
        rows.add(Timings.afterEachChange("`" + label + "` after a change", 1, runs, change, () -> http.get(path)).row());
    }

    /** Ten areas of ten leaves, one point each: 100 leaves worth 100, for every kind of unit. */
    static List<Indicator> indicators() {
        List<Indicator> list = new ArrayList<>();
        for (int a = 1; a <= AREAS; a++) {
            list.add(new Indicator(String.valueOf(a), null, "第" + a + "领域", null, null, List.of(), List.of(), false, null));
            for (int l = 1; l <= LEAVES_PER_AREA; l++) {
                list.add(new Indicator(a + "." + l, String.valueOf(a), "第" + a + "领域第" + l + "项指标",
                        "按要求落实的得满分,未落实的酌情扣分", BigDecimal.ONE, List.of(), List.of(), false, null));
            }
        }
        return list;
    }

    /**
     * Answers of every unit: 80% confirmed and 10% submitted (a self score on every leaf; a reviewer's deduction
     * with its reason on one leaf in eight of the confirmed), 10% still drafting (about half the leaves, no
     * review). Returns the answers written.
     */
    private static long fill(Handle h, Round round, IndicatorSystem system, Random random) {
        List<String> codes = system.tree().leaves().stream().map(Indicator::code).toList();
        String now = Instant.now().toString();
        PreparedBatch answers = h.prepareBatch(ANSWER);
        PreparedBatch states = h.prepareBatch("UPDATE assessment_round_units SET state = ?, submitted_at = ?, submitted_by = 'bench', "
                + "version = version + 1 WHERE round_id = ? AND org_id = ?");
        long made = 0;
        for (RoundUnit u : round.units()) {
            int roll = random.nextInt(10);
            String state = roll < 8 ? "CONFIRMED" : roll < 9 ? "SUBMITTED" : "OPEN";
            int level = 6 + random.nextInt(5); // tenths of a point a unit typically scores, out of 10
            for (String code : codes) {
                if (state.equals("OPEN") && random.nextBoolean()) {
                    continue;
                }
                int self = Math.min(10, level + random.nextInt(4));
                boolean deducted = state.equals("CONFIRMED") && random.nextInt(8) == 0;
                Integer review = deducted ? Math.max(0, self - 3) : null;
                answers.add(round.id(), u.orgId(), code, self, "已按要求落实", now, review, deducted ? "佐证材料不完整" : null,
                        deducted ? now : null, deducted ? "bench" : null);
                made++;
                if (made % 10_000 == 0) {
                    answers.execute();
                    answers = h.prepareBatch(ANSWER);
                }
            }
            if (!state.equals("OPEN")) {
                states.add(state, now, round.id(), u.orgId());
            }
        }
        answers.execute();
        states.execute();
        return made;
    }
}
