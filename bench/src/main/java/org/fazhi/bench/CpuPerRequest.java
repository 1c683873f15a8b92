package org.fazhi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a request costs the server in CPU, on a ledger already generated ({@code ProvinceLedger DIR}): the
 * server's own CPU time (user + system, from {@code /proc/PID/stat}) per request of each of
 * {@link ProvinceBench}'s paths, one client alone, then over a 16-client load with its throughput and p99
 * per path. CPU time per request hardly depends on what else the machine runs, so a before/after on a busy
 * machine compares like with like where milliseconds would not. Extra JVM options (after {@code --}) go to
 * the server, e.g. {@code -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile} to profile it. The
 * server is warmed up first (three passes alone, two rounds of the 16 clients), so that little of the CPU
 * measured is the JIT's.
 *
 * <p>Run: {@code mvn -B -P bench -pl bench exec:exec -Dbench.main=org.fazhi.bench.CpuPerRequest
 * -Dbench.args="DATA_DIR [REPEATS [ROUNDS]] [--jar web.jar] [-- JVM_OPTIONS… SERVER_OPTIONS…]"}; after {@code --},
 * options with one dash go to the JVM and options with two (and their values) to the server, e.g.
 * {@code --active-requests 2}; REPEATS (default 10) requests
 * of each path one after the other, ROUNDS (default 5) of the 16 clients through the list.
 */
public final class CpuPerRequest {
    private CpuPerRequest() {
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        List<String> jvm = new ArrayList<>();
        Path jarArg = Files.exists(Path.of("../web/target/web.jar")) ? Path.of("../web/target/web.jar") : Path.of("web/target/web.jar");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                jvm.addAll(Arrays.asList(args).subList(i + 1, args.length));
                break;
            } else if (args[i].equals("--jar")) {
                jarArg = Path.of(args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.isEmpty()) {
            System.err.println("用法:CpuPerRequest 数据目录 [每个地址的次数 [并发轮数]] [--jar web.jar] [-- JVM 参数…]");
            System.exit(2);
        }
        Path data = Path.of(positional.get(0));
        int repeats = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 10;
        int rounds = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 5;
        Path dir = Files.createTempDirectory("fazhi-cpu-bench");
        Path jar = ProvinceBench.copyJar(jarArg, dir);
        int year = LocalDate.now().getYear() - 1;
        String load = Machine.load();
        // After "--": the server's own options (two dashes, with their values) and JVM options (one dash).
        List<String> serverOptions = new ArrayList<>();
        List<String> jvmOptions = new ArrayList<>();
        for (int i = 0; i < jvm.size(); i++) {
            if (jvm.get(i).startsWith("--")) {
                serverOptions.add(jvm.get(i));
                if (i + 1 < jvm.size() && !jvm.get(i + 1).startsWith("-")) {
                    serverOptions.add(jvm.get(++i));
                }
            } else {
                jvmOptions.add(jvm.get(i));
            }
        }
        try (ServerProcess server = ServerProcess.ledger(jar, data, dir.resolve("server.out"), jvmOptions, serverOptions)) {
            BenchClient http = BenchClient.login(server.port(), ProvinceLedger.USER, ProvinceLedger.PASSWORD);
            Map<String, String> paths = ProvinceBench.paths(http, year, new ArrayList<>());
            ConcurrentLoad.warmUp(http, paths, 3);
            // Unmeasured: the JIT compiles the hot paths under load too, and its threads count in the process's CPU.
            ConcurrentLoad.run(http, paths, ProvinceBench.CLIENTS, 2);
            Map<String, Double> cpu = new LinkedHashMap<>();
            double alone = 0;
            for (Map.Entry<String, String> e : paths.entrySet()) {
                double before = cpuMs(server);
                for (int i = 0; i < repeats; i++) {
                    http.get(e.getValue());
                }
                double ms = (cpuMs(server) - before) / repeats;
                cpu.put(e.getKey(), ms);
                alone += ms;
            }
            double before = cpuMs(server);
            ConcurrentLoad.Result r = ConcurrentLoad.run(http, paths, ProvinceBench.CLIENTS, rounds);
            double loadCpu = (cpuMs(server) - before) / r.requests();
            System.out.printf("%nload average before %s, after %s%n", load, Machine.load());
            System.out.println("| path | CPU ms per request (1 client) | p99 ms (16 clients) |\n|---|---|---|");
            for (Timings t : r.timings()) {
                System.out.printf("| `%s` | %.1f | %.0f |%n", t.name(), cpu.get(t.name()), t.percentile(99));
            }
            System.out.printf("%nOne client: %.1f CPU ms per pass of %d paths (%.1f per request).%n", alone, paths.size(),
                    alone / paths.size());
            System.out.printf("16 clients × %d rounds: %d requests in %.1f s, %.1f req/s, %.1f server CPU ms per request, "
                    + "%d of %d paths within p99 %.0f ms.%n", rounds, r.requests(), r.wallMs() / 1000, r.requests() / (r.wallMs() / 1000),
                    loadCpu, r.timings().stream().filter(t -> t.percentile(99) <= ProvinceReport.P99_TARGET_MS).count(),
                    r.timings().size(), ProvinceReport.P99_TARGET_MS);
        }
        ProvinceBench.deleteTree(dir);
    }

    /** The process's CPU time so far (user + system) in milliseconds, from /proc/PID/stat (clock ticks of 10 ms). */
    private static double cpuMs(ServerProcess server) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + server.process().pid() + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command name: state is field 3, utime field 14, stime field 15 (1-based over the whole line).
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
    }
}
