package org.fazhi.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Wall-clock samples of one operation, reported as median, p99 and max in milliseconds. Samples may be
 * added from several threads (the concurrent load adds each client's requests as they finish).
 */
final class Timings {
    private final String name;
    private final List<Double> ms = new ArrayList<>();

    Timings(String name) {
        this.name = name;
    }

    interface Op {
        void run() throws Exception;
    }

    /** Runs {@code warmup} unmeasured times, then {@code n} measured times. */
    static Timings measure(String name, int warmup, int n, Op op) throws Exception {
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        Timings t = new Timings(name);
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            op.run();
            t.add((System.nanoTime() - start) / 1e6);
        }
        return t;
    }

    /**
     * Runs {@code change} unmeasured, then {@code op}: {@code warmup} times unmeasured, then {@code n} times measured.
     * What {@code op} costs right after the data it reads has changed (a cache dropped, figures computed again).
     */
    static Timings afterEachChange(String name, int warmup, int n, Op change, Op op) throws Exception {
        for (int i = 0; i < warmup; i++) {
            change.run();
            op.run();
        }
        Timings t = new Timings(name);
        for (int i = 0; i < n; i++) {
            change.run();
            long start = System.nanoTime();
            op.run();
            t.add((System.nanoTime() - start) / 1e6);
        }
        return t;
    }

    /** Adds one sample; safe to call from several threads. */
    synchronized void add(double millis) {
        ms.add(millis);
    }

    String name() {
        return name;
    }

    synchronized int count() {
        return ms.size();
    }

    synchronized double percentile(double p) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, idx)));
    }

    synchronized String row() {
        return String.format("| %s | %d | %.1f | %.1f | %.1f |", name, ms.size(), percentile(50), percentile(99),
                percentile(100));
    }

    static String header() {
        return "| operation | runs | median ms | p99 ms | max ms |\n|---|---|---|---|---|";
    }

    /** The table of a benchmark's {@link #row()}s, then its notes as a list. */
    static void print(List<String> rows, List<String> notes) {
        System.out.println(header());
        rows.forEach(System.out::println);
        notes.forEach(n -> System.out.println("- " + n));
    }
}
