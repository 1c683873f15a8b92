package org.fazhi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Issue 4's benchmark: 500 units in a three-level tree, ten years of 300,000 court hearings (about
 * 200,000 instances), and ten yearly duty plans for every principal; then the time of a year's
 * appearance rates with ranking, and of the duty progress board, through the real server.
 * Run: {@code mvn -B -P bench install -DskipTests && mvn -B -P bench -pl bench exec:exec -Dbench.main=org.fazhi.bench.DutyBench}.
 *
 * <p>The ledger is filled with plain SQL inserts: loading is not what is measured here (issue 3's
 * bench measures imports), and 300,000 hearings through the services would take minutes.
 */
public final class DutyBench {
    private static final int UNITS = 500;
    private static final int TOP_UNITS = 49;
    private static final String[] CATEGORIES = {"PRINCIPAL", "DEPUTY", "DEPUTY_IN_CHARGE", "STAFF", "STAFF"};

    private DutyBench() {
    }

    public static void main(String[] args) throws Exception {
        org.fazhi.web.cli.Logging.bridgeJul();
        int hearings = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        Path dir = Files.createTempDirectory("fazhi-duty-bench");
        int lastYear = LocalDate.now().getYear() - 1;
        System.out.println("数据目录 " + dir + ";" + UNITS + " 个单位," + hearings + " 次开庭");
        try (WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, dir.resolve("data"), false))) {
            server.services().users().create(Actor.SYSTEM, new UserAccount(null, "bench", null, Role.ADMIN, null, false, 0),
                    "bench-password");
            long start = System.nanoTime();
            int[] made = server.database().jdbi().inTransaction(h -> fill(h, hearings, lastYear));
            System.out.printf("生成 %d 个审级案件、%d 次开庭:%.0f ms%n", made[0], made[1], (System.nanoTime() - start) / 1e6);

            BenchClient http = BenchClient.login(server.port(), "bench", "bench-password");
            List<Timings> t = new ArrayList<>();
            start = System.nanoTime();
            long items = 0;
            for (int y = lastYear - 9; y <= lastYear; y++) {
                String body = http.postJson("/api/duty-plans", "{\"year\":" + y + "}");
                items += Long.parseLong(body.replaceAll("\\D*(\\d+).*", "$1"));
            }
            double planMs = (System.nanoTime() - start) / 1e6;
            System.out.printf("十年年度计划:%d 个职责事项,%.0f ms%n", items, planMs);
            int done = server.database().jdbi().withHandle(h -> h.execute(
                    "UPDATE duty_items SET status = 'DONE', review_state = 'APPROVED' WHERE (id * 7) % 10 < 6"));
            System.out.println("其中 " + done + " 项设为已完成");

            int year = lastYear;
            t.add(Timings.measure("GET /api/court-appearance?year=" + year + " (rates + ranking)", 3, 30,
                    () -> http.get("/api/court-appearance?year=" + year)));
            t.add(Timings.measure("GET /api/court-appearance?year=" + year + "&orgId=2 (a subtree)", 3, 30,
                    () -> http.get("/api/court-appearance?year=" + year + "&orgId=2")));
            t.add(Timings.measure("GET /api/court-appearance?year=" + year + "&month=10", 3, 30,
                    () -> http.get("/api/court-appearance?year=" + year + "&month=10")));
            t.add(Timings.measure("GET /court-cases/ranking?year=" + year + " (HTML)", 3, 30,
                    () -> http.get("/court-cases/ranking?year=" + year)));
            t.add(Timings.measure("GET /api/court-cases?year=" + year + "&limit=50", 3, 30,
                    () -> http.get("/api/court-cases?year=" + year + "&limit=50")));
            t.add(Timings.measure("GET /api/duty-progress?year=" + year + " (progress board)", 3, 30,
                    () -> http.get("/api/duty-progress?year=" + year)));
            t.add(Timings.measure("GET /duties?year=" + year + " (HTML board)", 3, 30,
                    () -> http.get("/duties?year=" + year)));
            t.add(Timings.measure("GET /api/duties?year=" + year + "&limit=50", 3, 30,
                    () -> http.get("/api/duties?year=" + year + "&limit=50")));

            System.out.println();
            System.out.printf("机器:%d 核,Java %s,%s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), System.getProperty("os.name"));
            System.out.println(Timings.header());
            t.forEach(x -> System.out.println(x.row()));
            Runtime rt = Runtime.getRuntime();
            System.out.printf("%nJVM 堆:已用 %.0f MB,上限 %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
        }
    }

    /** Units, five people each, and ten years of cases and hearings (see CourtLedger); returns {instances, hearings}. */
    private static int[] fill(Handle h, int hearings, int lastYear) {
        Random random = new Random(4);
        String now = Instant.now().toString();
        h.execute("INSERT INTO orgs (id, name, kind, parent_id, created_at, updated_at) VALUES (1, '基准市人民政府', 'CITY_GOV', NULL, ?, ?)",
                now, now);
        PreparedBatch orgs = h.prepareBatch("INSERT INTO orgs (id, name, kind, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
        for (int id = 2; id <= UNITS; id++) {
            boolean top = id <= TOP_UNITS + 1;
            long parent = top ? 1 : 2 + (id % TOP_UNITS);
            orgs.add(id, (top ? "基准市第" : "下属单位") + id + (top ? "局" : "号"), top ? "DEPARTMENT" : "UNIT", parent, now, now);
        }
        orgs.execute();
        PreparedBatch people = h.prepareBatch("INSERT INTO people (org_id, name, position, category, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
        for (int org = 1; org <= UNITS; org++) {
            for (int i = 0; i < CATEGORIES.length; i++) {
                people.add(org, "人员" + org + "-" + i, i == 0 ? "局长" : i < 3 ? "副局长" : "科员", CATEGORIES[i], now, now);
            }
        }
        people.execute();
        List<CourtLedger.Defendant> defendants = new ArrayList<>();
        for (int org = 1; org <= UNITS; org++) {
            List<CourtLedger.Head> heads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                heads.add(new CourtLedger.Head("人员" + org + "-" + i, i == 0 ? "局长" : "副局长", LeaderCategory.valueOf(CATEGORIES[i])));
            }
            defendants.add(new CourtLedger.Defendant(org, heads, "法制科科长", "基准市中级人民法院", "基准省高级人民法院", 0.7, 1));
        }
        CourtLedger.Made made = CourtLedger.fill(h, defendants, hearings, lastYear, random);
        return new int[] {made.instances(), made.hearings()};
    }
}
