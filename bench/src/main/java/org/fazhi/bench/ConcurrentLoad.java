package org.fazhi.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many users at once: a fixed pool of clients, each with its own connections, each going through the
 * whole list of paths for a fixed number of rounds and timing every request. Each client starts at a
 * different place in the list, so the endpoints are mixed at any moment as in an office. Any answer but
 * 200 fails the whole run: a fast error must never pass for a fast page.
 */
final class ConcurrentLoad {
    /** The figures of a run: per-path timings in list order, and the wall-clock time of the whole run. */
    record Result(List<Timings> timings, double wallMs, int requests) {
    }

    private ConcurrentLoad() {
    }

    /** Goes once through the list, unmeasured: checks every path answers 200 and warms the server up. */
    static void warmUp(BenchClient client, Map<String, String> paths, int passes) throws Exception {
        for (int i = 0; i < passes; i++) {
            for (String path : paths.values()) {
                client.get(path);
            }
        }
    }

    /**
     * @param paths label → path, in the order the report lists them
     */
    static Result run(BenchClient client, Map<String, String> paths, int clients, int rounds) throws Exception {
        return run(List.of(client), paths, clients, rounds);
    }

    /**
     * The same over several nodes of one shared instance, the clients dealt round-robin as a reverse proxy
     * would: client {@code c} talks to {@code nodes.get(c % nodes.size())} all along.
     */
    static Result run(List<BenchClient> nodes, Map<String, String> paths, int clients, int rounds) throws Exception {
        Map<String, Timings> timings = new LinkedHashMap<>();
        paths.keySet().forEach(label -> timings.put(label, new Timings(label)));
        List<Map.Entry<String, String>> list = new ArrayList<>(paths.entrySet());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                BenchClient own = nodes.get(c % nodes.size()).another();
                int offset = c * list.size() / clients;
                running.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        for (int i = 0; i < list.size(); i++) {
                            Map.Entry<String, String> e = list.get((offset + i) % list.size());
                            long t = System.nanoTime();
                            own.get(e.getValue());
                            timings.get(e.getKey()).add((System.nanoTime() - t) / 1e6);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("并发测试失败:" + e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(new ArrayList<>(timings.values()), (System.nanoTime() - start) / 1e6, clients * rounds * list.size());
    }
}
