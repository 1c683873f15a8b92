package org.fazhi.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgKind;
import org.fazhi.reconsideration.Reconsiderations;
import org.fazhi.reconsideration.cases.ApplicantType;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.MatterCategory;
import org.fazhi.reconsideration.cases.Procedure;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.reconsideration.stats.CorrectionDenominator;
import org.fazhi.reconsideration.stats.db.StatsDao;
import org.fazhi.storage.demo.Weighted;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Issue 16's benchmark: the 行政复议 statistics over 100,000 cases. The province's units ({@link ProvinceTree}: 2,000
 * at scale 1) are the respondents of 100,000 cases received over the last five years; then, with one client against
 * the real jar ({@link ServerProcess}), median and p99 of the year's figures (JSON for the whole province and for a
 * county's subtree, and the page) and of the year's list (JSON, 50 rows, and the page). Target: p99 under 250 ms.
 *
 * <p>The figures are remembered until the ledger changes (storage's {@code FigureCache}), so every path is measured
 * twice: the cached read, and the read right after a change — before each timed request of that series one case is
 * PUT through the API (untimed), so every timed request recomputes.
 * In process, before the server starts, the province's two counting queries ({@code StatsDao}) and the whole
 * recount ({@code StatsService.stats} right after an audited change) are timed too: where the time of a recount goes.
 *
 * <p>The cases go in as batched SQL through the server's Jdbi, following the module's rules: accepted no earlier
 * than received, decided no earlier than accepted, {@code due_on} from {@link ReconsiderationCase#dueOn}, a decision
 * with its date, {@code corrected_indirectly} only on 调解/和解/终止; about 13 % not accepted, a quarter on the simple
 * procedure, decisions mostly 维持/驳回, about a fifth corrected, a few decided late, the latest still pending.
 *
 * <p>Run: {@code mvn -B -P bench install -DskipTests && mvn -B -P bench -pl bench exec:exec
 * -Dbench.main=org.fazhi.bench.ReconsiderationBench [-Dbench.args="SCALE [RUNS]"]}. SCALE 1 (the default) is 2,000
 * units and 100,000 cases; 0.05 checks the whole run quickly. RUNS (default 100) measured requests per series.
 */
public final class ReconsiderationBench {
    static final int CASES = 100_000;
    static final int YEARS = 5;
    private static final String CASE = "INSERT INTO reconsiderations (case_no, applicant, applicant_type, respondent_org_id, "
            + "category, received_on, accepted_on, not_accepted_reason, procedure, extended_days, due_on, decided_on, decision, "
            + "corrected_indirectly, note, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";
    /** Decisions in rough national proportions (per thousand): mostly 维持 and 驳回, about a fifth corrected. */
    private static final Decision[] DECISIONS = Decision.values();
    private static final int[] DECISION_WEIGHTS = {400, 250, 80, 20, 10, 60, 20, 5, 50, 30, 75};
    /** Categories: 行政处罚 and 举报投诉 lead, as the national figures have it. */
    private static final int[] CATEGORY_WEIGHTS = {300, 150, 120, 60, 120, 70, 50, 30, 50, 50};
    private static final Pattern NOTE = Pattern.compile("\"note\":(null|\"[^\"]*\")");

    private ReconsiderationBench() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        BenchFolder folder = BenchFolder.create("reconsideration");
        LocalDate today = LocalDate.now();
        int year = today.getYear() - 1;
        int cases = (int) Math.round(CASES * scale);
        System.out.printf("规模 %s,数据目录 %s%n", scale, folder.dir());

        ProvinceTree tree = ProvinceTree.plan(scale, new Random(16));
        ProvinceTree.Unit county = tree.units().stream().filter(u -> u.kind() == OrgKind.COUNTY_GOV).findFirst().orElseThrow();
        long countyUnits = tree.area(county).size();
        long[] made;
        List<String> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, folder.data(), false))) {
            ProvinceLedger.addAdmin(server);
            long t0 = System.nanoTime();
            server.database().jdbi().useTransaction(h -> tree.insert(h, Stamps.at(today.minusYears(YEARS + 1))));
            made = server.database().jdbi().inTransaction(h -> fill(h, tree, cases, today, new Random(160)));
            System.out.printf("生成:%,d 个单位,%,d 件复议案件(%d 年收到 %,d 件):%.1f s%n", tree.units().size(), cases, year,
                    made[1], (System.nanoTime() - t0) / 1e9);
            server.database().jdbi().useHandle(h -> h.execute("ANALYZE"));
            inProcess(server, year, runs, rows);
        }

        try (ServerProcess server = folder.server("server.out")) {
            BenchClient http = BenchClient.login(server.port(), ProvinceLedger.USER, ProvinceLedger.PASSWORD);
            Editor editor = new Editor(http, made[0]);
            System.out.println("全省:" + summary(http.get("/api/reconsideration-stats?year=" + year)));
            System.out.println(county.name() + ":" + summary(http.get("/api/reconsideration-stats?year=" + year
                    + "&orgId=" + county.id())));
            List<String> paths = List.of("/api/reconsideration-stats?year=" + year,
                    "/api/reconsideration-stats?year=" + year + "&orgId=" + county.id(),
                    "/reconsiderations/stats?year=" + year,
                    "/api/reconsiderations?year=" + year + "&limit=50",
                    "/reconsiderations?year=" + year);
            for (String path : paths) {
                rows.add(Timings.measure("`GET " + path + "` cached", 3, runs, () -> http.get(path)).row());
                http.get(path);
                rows.add(Timings.afterEachChange("`GET " + path + "` after a change", 0, runs, editor::change, () -> http.get(path))
                        .row());
            }
            notes.add(String.format("%d cases PUT between the timed requests of the \"after a change\" series",
                    editor.changes));
            notes.add(String.format("server peak RSS %.0f MB, alive %s", server.peakRssMb(), server.alive()));
        }

        System.out.println();
        System.out.printf("机器:%s;开始时负载 %s,结束时负载 %s%n", Machine.describe(), folder.loadBefore(), Machine.load());
        System.out.printf("规模 %s:%,d 个单位,%,d 件案件(%d–%d 年收到),统计年度 %d:收到 %,d 件,审结 %,d 件;县 %s 子树 %d 个单位%n",
                scale, tree.units().size(), cases, today.getYear() - YEARS, today.getYear(), year, made[1], made[2],
                county.name(), countyUnits);
        Timings.print(rows, notes);
        ProvinceBench.deleteTree(folder.dir());
    }

    /**
     * The province's figures in this process (no HTTP, no rendering): the two counting queries alone, and the whole
     * recount ({@code StatsService.stats} after an audited change, the setting saved again, so nothing is cached).
     */
    private static void inProcess(WebServer server, int year, int runs, List<String> rows) throws Exception {
        Reconsiderations ledger = new Reconsiderations(server.database(), server.services().audit());
        String from = LocalDate.of(year, 1, 1).toString();
        String to = LocalDate.of(year + 1, 1, 1).toString();
        rows.add(Timings.measure("`StatsDao.received`, the province (in process)", 3, runs, () -> server.database().jdbi()
                .useHandle(h -> h.attach(StatsDao.class).received("", "", null, from, to))).row());
        String merits = codes(org.fazhi.reconsideration.cases.Decision::onMerits);
        String corrections = codes(org.fazhi.reconsideration.cases.Decision::correction);
        rows.add(Timings.measure("`StatsDao.concluded`, the province (in process)", 3, runs, () -> server.database().jdbi()
                .useHandle(h -> h.attach(StatsDao.class).concluded("", "", merits, corrections, null, from, to))).row());
        rows.add(Timings.measure("`StatsDao.byDecision`, the province (in process)", 3, runs, () -> server.database().jdbi()
                .useHandle(h -> h.attach(StatsDao.class).byDecision("", "", null, from, to))).row());
        rows.add(Timings.afterEachChange("`StatsService.stats`, the province, after a change (in process)", 3, runs,
                () -> ledger.stats().setDenominator(Actor.SYSTEM, CorrectionDenominator.CONCLUDED),
                () -> ledger.stats().stats(Actor.SYSTEM, year, null)).row());
    }

    /** The decision codes as StatsService passes them to its query. */
    private static String codes(java.util.function.Predicate<org.fazhi.reconsideration.cases.Decision> which) {
        return java.util.Arrays.stream(org.fazhi.reconsideration.cases.Decision.values()).filter(which)
                .map(d -> "'" + d.name() + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    private static String summary(String json) {
        Matcher m = Pattern.compile("\"summary\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : json;
    }

    /** Changes one case through the API, alternating its note, so the ledger's revision moves on. */
    private static final class Editor {
        private final BenchClient http;
        private final String path;
        private String body;
        private int changes;

        Editor(BenchClient http, long caseId) throws Exception {
            this.http = http;
            this.path = "/api/reconsiderations/" + caseId;
            this.body = http.get(path);
        }

        void change() throws Exception {
            changes++;
            String next = NOTE.matcher(body).replaceFirst(Matcher.quoteReplacement("\"note\":\"基准测试修改" + changes + "\""));
            body = http.putJson(path, next);
        }
    }

    /**
     * {@code count} cases received over the last five years (up to today) against random units of the tree.
     * Returns {the id of a case decided last year (the one the bench edits), cases received last year, cases
     * decided last year}.
     */
    private static long[] fill(Handle h, ProvinceTree tree, int count, LocalDate today, Random random) {
        List<ProvinceTree.Unit> units = tree.units();
        LocalDate first = today.minusYears(YEARS).plusDays(1);
        long span = ChronoUnit.DAYS.between(first, today) + 1;
        int lastYear = today.getYear() - 1;
        PersonNames names = new PersonNames(random);
        // Received dates sorted, so the case numbers run in order within a year.
        List<LocalDate> received = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            received.add(first.plusDays(random.nextInt((int) span)));
        }
        received.sort(null);
        PreparedBatch batch = h.prepareBatch(CASE);
        int numberInYear = 0;
        int yearOfNumber = 0;
        long edited = 0;
        long receivedLastYear = 0;
        long decidedLastYear = 0;
        for (int i = 0; i < count; i++) {
            LocalDate in = received.get(i);
            if (in.getYear() != yearOfNumber) {
                yearOfNumber = in.getYear();
                numberInYear = 0;
            }
            numberInYear++;
            String caseNo = "基准省政复决字〔" + yearOfNumber + "〕" + numberInYear + "号";
            ProvinceTree.Unit respondent = units.get(1 + random.nextInt(units.size() - 1));
            MatterCategory category = Weighted.pick(MatterCategory.values(), CATEGORY_WEIGHTS, random);
            ApplicantType applicantType = random.nextInt(10) < 8 ? ApplicantType.CITIZEN
                    : random.nextBoolean() ? ApplicantType.LEGAL_PERSON : ApplicantType.OTHER_ORG;
            LocalDate accepted = null;
            String reason = null;
            boolean refused = random.nextInt(100) < 13;
            LocalDate acceptBy = in.plusDays(random.nextInt(ReconsiderationCase.ACCEPTANCE_DAYS + 1));
            if (acceptBy.isAfter(today)) {
                refused = false; // still being examined
            } else if (refused) {
                reason = "不属于行政复议范围";
            } else {
                accepted = acceptBy;
            }
            Procedure procedure = random.nextInt(4) == 0 ? Procedure.SIMPLE : Procedure.NORMAL;
            int extended = accepted != null && procedure == Procedure.NORMAL && random.nextInt(10) == 0
                    ? 10 + random.nextInt(ReconsiderationCase.EXTENSION_MAX - 9) : 0;
            LocalDate due = ReconsiderationCase.dueOn(accepted, procedure, extended);
            LocalDate decided = null;
            Decision decision = null;
            boolean corrected = false;
            if (accepted != null) {
                long allowed = ChronoUnit.DAYS.between(accepted, due);
                // About 3 % late by up to three weeks; the rest within the time allowed.
                LocalDate when = random.nextInt(100) < 3 ? due.plusDays(1 + random.nextInt(21))
                        : accepted.plusDays(Math.round(allowed * (0.3 + 0.7 * random.nextDouble())));
                if (!when.isAfter(today)) {
                    decided = when;
                    decision = Weighted.pick(DECISIONS, DECISION_WEIGHTS, random);
                    corrected = !decision.onMerits() && random.nextInt(5) < 2;
                }
            }
            boolean edit = edited == 0 && decided != null && in.getYear() == lastYear && decided.getYear() == lastYear;
            if (edit) {
                edited = -1;
            }
            String stamp = Stamps.at(decided != null ? decided : accepted != null ? accepted : in).toString();
            batch.add(caseNo, names.next(), applicantType.name(), respondent.id(), category.name(), in.toString(),
                    str(accepted), reason, procedure.name(), extended, str(due), str(decided), decision == null ? null
                            : decision.name(), corrected ? 1 : 0, edit ? "基准测试" : null, Stamps.at(in).toString(), stamp);
            if (in.getYear() == lastYear) {
                receivedLastYear++;
            }
            if (decided != null && decided.getYear() == lastYear) {
                decidedLastYear++;
            }
            if (batch.size() == 10_000) {
                Batches.execute(batch);
                batch = h.prepareBatch(CASE);
            }
        }
        Batches.execute(batch);
        long editedId = h.createQuery("SELECT id FROM reconsiderations WHERE note = '基准测试'").mapTo(Long.class).one();
        return new long[] {editedId, receivedLastYear, decidedLastYear};
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
