package org.fazhi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;

/**
 * Issue 13's benchmark: the province ledger on both engines, in one run so that the ratios compare like with
 * like. The ledger is generated into a SQLite data folder ({@link ProvinceLedger}) and moved into PostgreSQL
 * with the jar's own {@code migrate-db} (timed: that is how a county moves in). Then the same paths as
 * {@link ProvinceBench} — every statistics endpoint, JSON list and page — are loaded:
 * <ul>
 * <li>SQLite, one node, 16 and 64 clients;</li>
 * <li>PostgreSQL, two nodes on the one database, 16 and 64 clients dealt round-robin over the nodes as a
 * reverse proxy would.</li>
 * </ul>
 * Every configuration sends about the same number of requests. Prints the BENCHMARKS.md section: p99 per path
 * side by side, throughput per configuration.
 *
 * <p>Needs an empty database the role may fill (it is replaced: {@code migrate-db --force}) and its password in
 * {@code FAZHI_DB_PASSWORD}. Run: {@code mvn -B -P bench install -DskipTests && FAZHI_DB_PASSWORD=… mvn -B -P bench
 * -pl bench exec:exec -Dbench.main=org.fazhi.bench.SharedInstanceBench [-Dbench.args="SCALE [ROUNDS] [--pg URL]
 * [--jar PATH]"]}; SCALE 1 (default) is the province, 0.01 checks the run in a few minutes; ROUNDS (default 10)
 * is how often each of 16 clients goes through the list (64 clients go a quarter as often).
 */
public final class SharedInstanceBench {
    static final String DEFAULT_PG = "jdbc:postgresql://127.0.0.1:5432/fazhi_bench?user=fazhi";
    private static final int NODES = 2;
    private static final int[] CLIENTS = {16, 64};

    private SharedInstanceBench() {
    }

    /** One measured configuration: engine, nodes, clients, and what the load found. */
    record Run(String engine, int nodes, int clients, ConcurrentLoad.Result result, String loadAfter) {
        String label() {
            return engine + (nodes > 1 ? " ×" + nodes + " 节点" : "") + "," + clients + " 客户端";
        }

        double throughput() {
            return result.requests() / (result.wallMs() / 1000);
        }
    }

    public static void main(String[] args) throws Exception {
        org.fazhi.web.cli.Logging.bridgeJul();
        double scale = 1;
        int rounds = 10;
        String pg = DEFAULT_PG;
        Path jarArg = Files.exists(Path.of("../web/target/web.jar")) ? Path.of("../web/target/web.jar") : Path.of("web/target/web.jar");
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pg" -> pg = args[++i];
                case "--jar" -> jarArg = Path.of(args[++i]);
                default -> positional.add(args[i]);
            }
        }
        if (!positional.isEmpty()) {
            scale = Double.parseDouble(positional.get(0));
        }
        if (positional.size() > 1) {
            rounds = Integer.parseInt(positional.get(1));
        }
        if (System.getenv("FAZHI_DB_PASSWORD") == null) {
            System.err.println("请在环境变量 FAZHI_DB_PASSWORD 中给出 " + pg + " 的密码");
            System.exit(2);
        }
        String loadBefore = Machine.load();
        Path dir = Files.createTempDirectory("fazhi-shared-bench");
        Path jar = ProvinceBench.copyJar(jarArg, dir);
        Path data = dir.resolve("data");
        int lastYear = LocalDate.now().getYear() - 1;

        long t = System.nanoTime();
        ProvinceLedger ledger;
        try (WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, data, false))) {
            ledger = ProvinceLedger.generate(server, scale, lastYear, true);
        }
        double generateS = (System.nanoTime() - t) / 1e9;
        System.out.printf("台账:%s;生成 %.0f s%n", ledger.counts().summary(), generateS);

        Path files = dir.resolve("shared-files");
        t = System.nanoTime();
        String migrated = migrate(jar, data, pg, files, dir.resolve("migrate.out"));
        double migrateS = (System.nanoTime() - t) / 1e9;
        System.out.printf("migrate-db:%.0f s%n%s%n", migrateS, migrated);

        List<String> skipped = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        Map<String, String> paths;
        try (ServerProcess node = ServerProcess.ledger(jar, data, dir.resolve("sqlite.out"))) {
            BenchClient http = BenchClient.login(node.port(), ProvinceLedger.USER, ProvinceLedger.PASSWORD);
            paths = ProvinceBench.paths(http, lastYear, skipped);
            measure("SQLite", List.of(http), paths, rounds, runs);
        }
        try (ServerProcess a = ServerProcess.shared(jar, pg, files, dir.resolve("node-1"), dir.resolve("node-1.out"));
             ServerProcess b = ServerProcess.shared(jar, pg, files, dir.resolve("node-2"), dir.resolve("node-2.out"))) {
            BenchClient first = BenchClient.login(a.port(), ProvinceLedger.USER, ProvinceLedger.PASSWORD);
            // One sign-in for both nodes: the session is in the database.
            List<BenchClient> nodes = List.of(first, first.onPort(b.port()));
            measure("PostgreSQL", nodes, paths, rounds, runs);
        }
        System.out.println();
        System.out.println(markdown(scale, rounds, loadBefore, ledger.counts(), generateS, migrateS, migrated, lastYear, skipped,
                runs));
        ProvinceBench.deleteTree(dir);
    }

    private static void measure(String engine, List<BenchClient> nodes, Map<String, String> paths, int rounds, List<Run> runs)
            throws Exception {
        for (BenchClient node : nodes) {
            ConcurrentLoad.warmUp(node, paths, 2);
        }
        // Unmeasured, as in CpuPerRequest: the JIT compiles the hot paths under load too, on the same two cores.
        ConcurrentLoad.run(nodes, paths, 16, 2);
        for (int clients : CLIENTS) {
            // About the same number of requests in every configuration: 64 clients go a quarter as often.
            int r = Math.max(1, (int) Math.ceil(rounds * 16.0 / clients));
            System.out.printf("%s,%d 个节点,%d 个客户端 × %d 轮 × %d 个地址…%n", engine, nodes.size(), clients, r, paths.size());
            ConcurrentLoad.Result result = ConcurrentLoad.run(nodes, paths, clients, r);
            runs.add(new Run(engine, nodes.size(), clients, result, Machine.load()));
        }
    }

    private static String migrate(Path jar, Path data, String pg, Path files, Path output) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), ServerProcess.HEAP,
                "-jar", jar.toString(), "migrate-db", "--from", data.toString(), "--to", pg, "--attachments", files.toString(),
                "--force").redirectErrorStream(true).redirectOutput(output.toFile()).start();
        int exit = p.waitFor();
        String out = Files.readString(output).strip();
        if (exit != 0) {
            throw new IllegalStateException("migrate-db 失败(退出码 " + exit + "):" + out);
        }
        return out;
    }

    static String markdown(double scale, int rounds, String load, ProvinceLedger.Counts counts, double generateS, double migrateS,
                           String migrated, int year, List<String> skipped, List<Run> runs) {
        StringBuilder s = new StringBuilder();
        s.append("## Shared instance: SQLite and PostgreSQL side by side (issue 13) — ").append(LocalDate.now()).append("\n\n");
        s.append("Machine: ").append(Machine.describe()).append("; load average at the start ").append(load)
                .append(". The database server, both nodes and the clients share the machine.\n\n");
        s.append("Command:\n\n    mvn -B -P bench install -DskipTests && FAZHI_DB_PASSWORD=… mvn -B -P bench -pl bench exec:exec "
                + "-Dbench.main=org.fazhi.bench.SharedInstanceBench")
                .append(scale == 1 && rounds == 10 ? "" : " -Dbench.args=\"" + scale + " " + rounds + "\"").append("\n\n");
        s.append(String.format("Ledger (scale %s, ANALYZE after loading): %s. Generated in %.0f s into SQLite, then moved into "
                + "PostgreSQL by `migrate-db` in %.0f s (copy, row counts and content hashes of every table compared, ANALYZE).%n%n",
                scale, counts.summary(), generateS, migrateS));
        s.append("Every configuration goes through the same ").append(runs.get(0).result().timings().size())
                .append(" paths for year=").append(year).append(" (every answer 200 or the run fails); each node is `java -Xmx256m "
                        + "-jar web.jar`, the PostgreSQL nodes with `--db` on one database, the clients dealt round-robin over "
                        + "them.\n\n");
        s.append("| configuration | requests | wall s | throughput req/s | load average after |\n|---|---|---|---|---|\n");
        for (Run r : runs) {
            s.append(String.format("| %s | %,d | %.1f | %.1f | %s |%n", r.label(), r.result().requests(), r.result().wallMs() / 1000,
                    r.throughput(), r.loadAfter()));
        }
        s.append("\np99 ms per path:\n\n| path |");
        for (Run r : runs) {
            s.append(' ').append(r.label()).append(" |");
        }
        s.append("\n|---|");
        s.append("---|".repeat(runs.size())).append('\n');
        Map<String, List<Double>> p99 = new LinkedHashMap<>();
        for (Run r : runs) {
            for (Timings t : r.result().timings()) {
                p99.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t.percentile(99));
            }
        }
        for (Map.Entry<String, List<Double>> e : p99.entrySet()) {
            s.append("| `").append(e.getKey()).append("` |");
            for (double v : e.getValue()) {
                s.append(String.format(" %.0f |", v));
            }
            s.append('\n');
        }
        s.append('\n');
        for (Run r : runs) {
            List<String> missed = new ArrayList<>();
            for (Timings t : r.result().timings()) {
                if (t.percentile(99) > ProvinceReport.P99_TARGET_MS) {
                    missed.add(t.name());
                }
            }
            List<Timings> worst = r.result().timings().stream()
                    .sorted(java.util.Comparator.comparingDouble((Timings t) -> t.percentile(99)).reversed()).limit(3).toList();
            s.append(String.format("- %s: %d of %d paths within p99 %.0f ms; slowest: %s%n", r.label(),
                    r.result().timings().size() - missed.size(), r.result().timings().size(), ProvinceReport.P99_TARGET_MS,
                    String.join(", ", worst.stream().map(t -> String.format("`%s` %.0f ms", t.name(), t.percentile(99))).toList())));
        }
        for (String path : skipped) {
            s.append("Not measured: `").append(path).append("` answered 404.\n");
        }
        s.append("\n`migrate-db` said: ").append(migrated.length() > 400 ? migrated.substring(0, 400) + "…" : migrated).append('\n');
        return s.toString();
    }
}
