package org.fazhi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.study.StudyKind;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;

/**
 * Issue 3's benchmark: import 100,000 study sessions for 200 units through the real server and
 * compare with sqlite3's own {@code .import} of the same CSV; then time a year's compliance and a
 * page of the session list. Run: {@code mvn -B -P bench install -DskipTests && mvn -B -P bench -pl bench exec:exec}.
 */
public final class TrainingBench {
    private static final List<StudyKind> KINDS = List.of(StudyKind.EXEC_MEETING, StudyKind.COLLECTIVE, StudyKind.PARTY_GROUP,
            StudyKind.WRITTEN, StudyKind.LECTURE);

    private TrainingBench() {
    }

    public static void main(String[] args) throws Exception {
        org.fazhi.web.cli.Logging.bridgeJul();
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int units = 200;
        Path dir = Files.createTempDirectory("fazhi-bench");
        System.out.println("数据目录 " + dir + ";" + rows + " 条学法记录," + units + " 个单位");
        try (WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, dir.resolve("data"), false))) {
            List<String> names = county(server, units);
            server.services().users().create(Actor.SYSTEM, new UserAccount(null, "bench", null, Role.ADMIN, null, false, 0),
                    "bench-password");
            Path csv = dir.resolve("sessions.csv");
            int year = LocalDate.now().getYear() - 1;
            SessionCsv.write(csv, rows, names.stream().map(n -> new SessionCsv.Unit(n, KINDS)).toList(), year);
            System.out.printf("CSV %.1f MB%n", Files.size(csv) / 1e6);

            double sqlite = SqliteBaseline.importCsv(csv, dir.resolve("baseline.db"));
            BenchClient http = BenchClient.login(server.port(), "bench", "bench-password");
            long start = System.nanoTime();
            String imported = http.postFile("/api/study-sessions/import", "text/csv", csv);
            double ours = (System.nanoTime() - start) / 1e6;
            System.out.println("导入结果 " + imported);

            List<Timings> t = new ArrayList<>();
            t.add(Timings.measure("GET /api/study-compliance?year=" + year, 3, 30,
                    () -> http.get("/api/study-compliance?year=" + year)));
            t.add(Timings.measure("GET /api/study-sessions?year=" + year + "&limit=50 (first page)", 3, 30,
                    () -> http.get("/api/study-sessions?year=" + year + "&limit=50")));
            t.add(Timings.measure("GET /api/study-sessions?limit=50&offset=50000 (deep page)", 3, 30,
                    () -> http.get("/api/study-sessions?limit=50&offset=50000")));
            t.add(Timings.measure("GET /api/study-sessions?orgId=1&year=" + year + "&limit=50 (subtree)", 3, 30,
                    () -> http.get("/api/study-sessions?orgId=1&year=" + year + "&limit=50")));
            t.add(Timings.measure("GET /study-sessions?year=" + year + " (HTML page)", 3, 30,
                    () -> http.get("/study-sessions?year=" + year)));
            t.add(Timings.measure("GET /api/test-stats?year=" + year, 3, 30,
                    () -> http.get("/api/test-stats?year=" + year)));

            System.out.println();
            System.out.printf("机器:%d 核,Java %s,%s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), System.getProperty("os.name"));
            System.out.println("| import of " + rows + " rows | ms |\n|---|---|");
            System.out.printf("| sqlite3 .import (baseline) | %.0f |%n", sqlite);
            System.out.printf("| POST /api/study-sessions/import | %.0f |%n", ours);
            System.out.printf("| ratio | %.1f× |%n%n", ours / sqlite);
            System.out.println(Timings.header());
            t.forEach(x -> System.out.println(x.row()));
            Runtime rt = Runtime.getRuntime();
            System.out.printf("%nJVM 堆:已用 %.0f MB,上限 %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
        }
    }

    /** A county government and {@code units - 1} departments under it. */
    private static List<String> county(WebServer server, int units) {
        List<String> names = new ArrayList<>();
        Org root = server.services().orgs().create(Actor.SYSTEM, Org.draft("基准县人民政府", OrgKind.COUNTY_GOV, null));
        names.add(root.name());
        for (int i = 1; i < units; i++) {
            Org o = server.services().orgs().create(Actor.SYSTEM, Org.draft("基准县第" + i + "局", OrgKind.DEPARTMENT, root.id()));
            names.add(o.name());
        }
        return names;
    }
}
