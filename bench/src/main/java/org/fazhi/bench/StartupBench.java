package org.fazhi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Startup alone: spawn → first 200 from {@code /api/health} of {@code java -Xmx256m -jar web.jar} on a county
 * ledger (a fresh folder with the demo county, after one unmeasured start) against the bare Jersey-on-Jetty +
 * Jdbi + SQLite stack ({@link BareStack}), alternating, median of STARTS each; then one start of each with
 * {@code -Xlog:class+load} to say how many classes each loads, which is where the difference goes.
 * {@code mvn -B -P bench install -DskipTests && mvn -B -P bench -pl bench exec:exec -Dbench.main=org.fazhi.bench.StartupBench}
 */
public final class StartupBench {
    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int starts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path jar = Files.exists(Path.of("../web/target/web.jar")) ? Path.of("../web/target/web.jar") : Path.of("web/target/web.jar");
        String load = Machine.load();
        Path dir = Files.createTempDirectory("fazhi-startup-bench");
        Path data = dir.resolve("data");
        Path bareDb = dir.resolve("bare.db");
        // The demo county goes in at the first start (unmeasured), as a county's ledger would be there.
        Process demo = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), ServerProcess.HEAP,
                "-jar", jar.toString(), "--data", data.toString(), "--port", "0", "--demo"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("demo.out").toFile()).start();
        while (!Files.readString(dir.resolve("demo.out")).contains("按 Ctrl+C") && demo.isAlive()) {
            Thread.sleep(200);
        }
        demo.destroy();
        demo.waitFor();
        try (ServerProcess s = ServerProcess.bare(bareDb, dir.resolve("bare.out"))) {
            System.out.printf("裸栈首次启动(不计):%.0f ms%n", s.startupMs());
        }
        try (ServerProcess s = ServerProcess.ledger(jar, data, dir.resolve("server.out"))) {
            System.out.printf("台账首次启动(不计):%.0f ms%n", s.startupMs());
        }
        List<Double> bare = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        List<java.util.Map<String, Double>> phases = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            try (ServerProcess s = ServerProcess.bare(bareDb, dir.resolve("bare.out"))) {
                bare.add(s.startupMs());
            }
            try (ServerProcess s = ServerProcess.ledger(jar, data, dir.resolve("server.out"))) {
                ours.add(s.startupMs());
                phases.add(phases(dir.resolve("server.out"), s.startupMs()));
            }
        }
        long bareClasses = classes(dir, "bare", true, jar, data, bareDb);
        long ourClasses = classes(dir, "ledger", false, jar, data, bareDb);
        double b = median(bare);
        double o = median(ours);
        System.out.printf("%nMachine: %s; load at start %s%n%n", Machine.describe(), load);
        System.out.println("| startup: spawn → first 200 from `/api/health` | runs (ms) | median ms | classes loaded |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| bare Jersey-on-Jetty + Jdbi + SQLite (`BareStack`, `-Xmx256m`) | %s | %.0f | %d |%n", runs(bare), b, bareClasses);
        System.out.printf("| `java -Xmx256m -jar web.jar` on the demo county | %s | %.0f | %d |%n", runs(ours), o, ourClasses);
        System.out.printf("| ratio (target ≤ 1.5×) | | **%.2f×** | %.2f× |%n", o / b, (double) ourClasses / bareClasses);
        System.out.println();
        System.out.println("Where the server's start goes (median of the measured starts, from its own log line):");
        System.out.println();
        System.out.println("| phase | median ms |");
        System.out.println("|---|---|");
        for (String phase : phases.get(0).keySet()) {
            System.out.printf("| %s | %.0f |%n", phase, median(phases.stream().map(m -> m.getOrDefault(phase, 0.0)).toList()));
        }
    }

    /**
     * The server logs its milestones since main() (StartupPhases); each phase's own time, and what is left of
     * spawn → 200: the JVM's start before main(), the first request and the bench's polling (5 ms).
     */
    private static java.util.Map<String, Double> phases(Path output, double totalMs) throws Exception {
        String marker = "启动用时(自 main 起累计毫秒):";
        String line = Files.readAllLines(output).stream().filter(l -> l.contains(marker)).reduce((a, b2) -> b2)
                .orElseThrow(() -> new IllegalStateException("服务器输出中没有启动用时一行:" + output));
        java.util.Map<String, Double> result = new java.util.LinkedHashMap<>();
        double previous = 0;
        for (String part : line.substring(line.indexOf(marker) + marker.length()).strip().split(",")) {
            int space = part.lastIndexOf(' ');
            double at = Double.parseDouble(part.substring(space + 1));
            result.put(part.substring(0, space), at - previous);
            previous = at;
        }
        result.put("JVM start before main(), first request, polling", totalMs - previous);
        return result;
    }

    private static long classes(Path dir, String name, boolean bare, Path jar, Path data, Path bareDb) throws Exception {
        Path log = dir.resolve(name + "-classes.log");
        String option = "-Xlog:class+load=info:file=" + log;
        try (ServerProcess s = bare ? ServerProcess.bare(bareDb, dir.resolve("bare.out"), option)
                : ServerProcess.ledger(jar, data, dir.resolve("server.out"), option)) {
            System.out.printf("%s with -Xlog:class+load: %.0f ms%n", name, s.startupMs());
        }
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("source:")).count();
        }
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String runs(List<Double> xs) {
        return String.join(", ", xs.stream().map(x -> String.format("%.0f", x)).toList());
    }
}
