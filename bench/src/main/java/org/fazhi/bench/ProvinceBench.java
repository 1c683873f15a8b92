package org.fazhi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fazhi.storage.DataFolder;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;

/**
 * Issue 6's benchmark on a province-scale ledger ({@link ProvinceLedger}), against the real shaded jar
 * run as an office runs it ({@code java -Xmx256m -jar web.jar}): startup against a bare
 * Jersey-on-Jetty + Jdbi + SQLite server ({@link BareStack}); median and p99 of every statistics
 * endpoint and list page with 16 concurrent clients; an import of 100,000 study sessions against
 * sqlite3's own {@code .import}; peak RSS and whether 256 MB of heap sufficed. Prints a Markdown
 * section for BENCHMARKS.md.
 *
 * <p>Run: {@code mvn -B -P bench install -DskipTests && mvn -B -P bench -pl bench exec:exec
 * -Dbench.main=org.fazhi.bench.ProvinceBench [-Dbench.args="SCALE [ROUNDS] [--no-analyze] [--keep]"]}. SCALE 1
 * (the default) is the province; 0.01 checks the whole run in seconds. ROUNDS (default 10) is how often
 * each of the 16 clients goes through the list.
 */
public final class ProvinceBench {
    static final int CLIENTS = 16;
    private static final int STARTS = 3;

    private ProvinceBench() {
    }

    public static void main(String[] args) throws Exception {
        org.fazhi.web.cli.Logging.bridgeJul();
        Options o = Options.parse(args);
        String load = Machine.load();
        Path dir = Files.createTempDirectory("fazhi-province-bench");
        Path jar = copyJar(o.jar(), dir);
        Path data = dir.resolve("data");
        int lastYear = LocalDate.now().getYear() - 1;
        System.out.printf("规模 %s,数据目录 %s,最近完整年度 %d%n", o.scale(), dir, lastYear);

        long start = System.nanoTime();
        ProvinceLedger ledger;
        try (WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, data, false))) {
            ledger = ProvinceLedger.generate(server, o.scale(), lastYear, o.analyze());
        }
        double generateS = (System.nanoTime() - start) / 1e9;
        double dbMb = Files.size(data.resolve(DataFolder.DATABASE_FILE)) / 1e6;
        System.out.printf("台账:%s;生成 %.0f s,数据库 %.0f MB%n", ledger.counts().summary(), generateS, dbMb);

        Path csv = dir.resolve("sessions.csv");
        int importRows = Math.max(1, (int) Math.round(100_000 * o.scale()));
        SessionCsv.write(csv, importRows, ledger.tree().units().stream()
                .map(u -> new SessionCsv.Unit(u.name(), StudyLedger.kindsFor(u.kind()))).toList(), lastYear);

        ProvinceReport report = new ProvinceReport(o, load, ledger.counts(), generateS, dbMb, lastYear, importRows, Files.size(csv));
        report.startup = startup(jar, data, dir, report);
        System.out.printf("启动:裸栈 %s ms,台账 %s ms%n", ProvinceReport.runs(report.startup.bare()),
                ProvinceReport.runs(report.startup.ledger()));

        try (ServerProcess server = ServerProcess.ledger(jar, data, dir.resolve("server.out"))) {
            BenchClient http = BenchClient.login(server.port(), ProvinceLedger.USER, ProvinceLedger.PASSWORD);
            Map<String, String> paths = paths(http, lastYear, report.skipped);
            ConcurrentLoad.warmUp(http, paths, 2);
            // One client alone first: what a request costs without queueing, to tell a slow query from a busy server.
            report.alone = ConcurrentLoad.run(http, paths, 1, 3);
            System.out.printf("并发:%d 个客户端 × %d 轮 × %d 个地址…%n", CLIENTS, o.rounds(), paths.size());
            Instant loadStart = Instant.now();
            report.load = ConcurrentLoad.run(http, paths, CLIENTS, o.rounds());
            report.loadAfter = Machine.load();
            report.backupDuringLoad = DailyArchive.writtenSince(data, loadStart);

            report.sqliteMs = SqliteBaseline.importCsv(csv, dir.resolve("baseline.db"));
            long t = System.nanoTime();
            report.imported = http.postFile("/api/study-sessions/import", "text/csv", csv);
            report.importMs = (System.nanoTime() - t) / 1e6;

            report.peakRssMb = server.peakRssMb();
            report.alive = server.alive();
            report.outOfMemory = server.outOfMemory(data.resolve("logs").resolve("fazhi.log"));
        }
        System.out.println();
        System.out.println(report.markdown());
        if (o.keep()) {
            System.out.println("数据目录保留在 " + dir);
        } else {
            deleteTree(dir);
        }
        if (!report.alive || report.outOfMemory) {
            System.exit(1);
        }
    }

    /**
     * Median of three starts of each, alternating, after one unmeasured start of each (migrations, file
     * cache). The unmeasured start of the server also waits for its daily backup (see {@link DailyArchive}).
     */
    private static ProvinceReport.Startup startup(Path jar, Path data, Path dir, ProvinceReport report) throws Exception {
        Path bareDb = dir.resolve("bare.db");
        try (ServerProcess unmeasured = ServerProcess.bare(bareDb, dir.resolve("bare.out"))) {
            System.out.printf("裸栈首次启动(不计):%.0f ms%n", unmeasured.startupMs());
        }
        try (ServerProcess unmeasured = ServerProcess.ledger(jar, data, dir.resolve("server.out"))) {
            System.out.printf("台账首次启动(不计):%.0f ms%n", unmeasured.startupMs());
            report.dailyBackup = DailyArchive.await(data, unmeasured);
        }
        List<Double> bare = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            try (ServerProcess s = ServerProcess.bare(bareDb, dir.resolve("bare.out"))) {
                bare.add(s.startupMs());
            }
            try (ServerProcess s = ServerProcess.ledger(jar, data, dir.resolve("server.out"))) {
                ours.add(s.startupMs());
            }
        }
        return new ProvinceReport.Startup(bare, ours);
    }

    /**
     * Every statistics endpoint and list page, for the last full year. The annual report is another
     * module's work in progress: probed once and left out, with a note, while it answers 404.
     */
    static Map<String, String> paths(BenchClient http, int year, List<String> skipped) throws Exception {
        String y = "year=" + year;
        Map<String, String> p = new LinkedHashMap<>();
        for (String stat : List.of("/api/study-compliance", "/api/test-stats", "/api/court-appearance", "/api/duty-progress",
                "/api/duty-progress/units", "/api/law-reports/summary", "/api/rectifications/summary")) {
            p.put(stat + "?" + y, stat + "?" + y);
        }
        probe(http, p, "/api/reports/annual?orgId=1&" + y, skipped);
        for (String list : List.of("/api/orgs?", "/api/people?limit=50&", "/api/study-sessions?limit=50&", "/api/test-batches?",
                "/api/court-cases?limit=50&", "/api/duties?limit=50&", "/api/law-reports?", "/api/rectifications?")) {
            p.put(list + y, list + y);
        }
        // The unit picker's search, as a page's script calls it while someone types (issue 13: no page sends the tree).
        p.put("/api/orgs/search?q=司法", "/api/orgs/search?q=" + java.net.URLEncoder.encode("司法", java.nio.charset.StandardCharsets.UTF_8));
        p.put("/ (dashboard)", "/?" + y);
        p.put("/orgs", "/orgs");
        p.put("/people", "/people");
        for (String page : List.of("/study-sessions", "/study-sessions/compliance", "/tests", "/duties", "/duties/items",
                "/duties/law-reports", "/rectifications", "/court-cases", "/court-cases/ranking")) {
            p.put(page + "?" + y, page + "?" + y);
        }
        probe(http, p, "/reports/annual?orgId=1&" + y, skipped);
        return p;
    }

    private static void probe(BenchClient http, Map<String, String> paths, String path, List<String> skipped) throws Exception {
        int status = http.status(path);
        if (status == 404) {
            skipped.add(path);
        } else {
            paths.put(path, path);
        }
    }

    /** The server jar this build made, copied into {@code dir} ({@link #copyJar}), from the bench module or the root. */
    static Path builtJar(Path dir) throws IOException {
        return copyJar(Path.of(Files.exists(Path.of("../web/target/web.jar")) ? "../web/target/web.jar"
                : "web/target/web.jar"), dir);
    }

    /** Copies the jar away first: other builds may replace web/target/web.jar while the bench runs. */
    static Path copyJar(Path jar, Path dir) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("找不到服务器的可执行 jar:" + jar.toAbsolutePath().normalize()
                    + "。请先构建:mvn -B -P bench install -DskipTests(或 mvn -o -q package -DskipTests -pl web),"
                    + "或用 --jar 指定 web.jar 的位置");
        }
        FileTime built = Files.getLastModifiedTime(jar);
        Path root = jar.toAbsolutePath().getParent().getParent().getParent();
        for (String module : List.of("web", "storage", "law-training", "duty-tracking", "model")) {
            Path src = root.resolve(module).resolve("src").resolve("main");
            if (Files.isDirectory(src)) {
                try (Stream<Path> files = Files.walk(src)) {
                    if (files.anyMatch(f -> newer(f, built))) {
                        System.out.println("注意:" + module + " 的源代码比 " + jar + " 新,测的可能不是当前代码;请先重新构建 web.jar");
                    }
                }
            }
        }
        Path copy = dir.resolve("web.jar");
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static boolean newer(Path f, FileTime than) {
        try {
            return Files.isRegularFile(f) && Files.getLastModifiedTime(f).compareTo(than) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** The command line: {@code [SCALE [ROUNDS]] [--no-analyze] [--keep] [--jar PATH]}. */
    record Options(double scale, int rounds, boolean analyze, boolean keep, Path jar) {
        static Options parse(String[] args) {
            double scale = 1;
            int rounds = 10;
            boolean analyze = true;
            boolean keep = false;
            Path jar = Files.exists(Path.of("../web/target/web.jar")) || !Files.exists(Path.of("web/target/web.jar"))
                    ? Path.of("../web/target/web.jar") : Path.of("web/target/web.jar");
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--no-analyze" -> analyze = false;
                    case "--keep" -> keep = true;
                    case "--jar" -> jar = Path.of(args[++i]);
                    default -> positional.add(args[i]);
                }
            }
            if (!positional.isEmpty()) {
                scale = Double.parseDouble(positional.get(0));
            }
            if (positional.size() > 1) {
                rounds = Integer.parseInt(positional.get(1));
            }
            if (scale <= 0 || rounds < 1) {
                throw new IllegalArgumentException("用法:ProvinceBench [规模>0 [轮数≥1]] [--no-analyze] [--keep] [--jar web.jar]");
            }
            return new Options(scale, rounds, analyze, keep, jar);
        }

        String args() {
            StringBuilder s = new StringBuilder(scale == 1 ? "" : String.valueOf(scale));
            if (rounds != 10) {
                s.append(s.isEmpty() ? "1 " : " ").append(rounds);
            }
            if (!analyze) {
                s.append(s.isEmpty() ? "" : " ").append("--no-analyze");
            }
            return s.toString().strip();
        }
    }
}
