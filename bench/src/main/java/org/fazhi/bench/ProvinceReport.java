package org.fazhi.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a ProvinceBench run found, written out as the BENCHMARKS.md section (Markdown, ready to paste). */
final class ProvinceReport {
    static final double P99_TARGET_MS = 250;
    static final String COMMAND = "mvn -B -P bench install -DskipTests && mvn -B -P bench -pl bench exec:exec "
            + "-Dbench.main=org.fazhi.bench.ProvinceBench";

    record Startup(List<Double> bare, List<Double> ledger) {
        double bareMedian() {
            return median(bare);
        }

        double ledgerMedian() {
            return median(ledger);
        }

        private static double median(List<Double> xs) {
            List<Double> s = new ArrayList<>(xs);
            s.sort(Comparator.naturalOrder());
            return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
        }
    }

    // What the run was and what it generated …
    final ProvinceBench.Options options;
    final String loadAverage;
    final ProvinceLedger.Counts counts;
    final double generateS;
    final double dbMb;
    final int year;
    final int importRows;
    final long csvBytes;
    final List<String> skipped = new ArrayList<>();
    // … and what it measured, filled in as it goes.
    Startup startup;
    String dailyBackup;
    boolean backupDuringLoad;
    ConcurrentLoad.Result alone;
    ConcurrentLoad.Result load;
    String loadAfter;
    double sqliteMs;
    double importMs;
    String imported;
    double peakRssMb;
    boolean alive;
    boolean outOfMemory;

    ProvinceReport(ProvinceBench.Options options, String loadAverage, ProvinceLedger.Counts counts, double generateS,
                   double dbMb, int year, int importRows, long csvBytes) {
        this.options = options;
        this.loadAverage = loadAverage;
        this.counts = counts;
        this.generateS = generateS;
        this.dbMb = dbMb;
        this.year = year;
        this.importRows = importRows;
        this.csvBytes = csvBytes;
    }

    String markdown() {
        StringBuilder s = new StringBuilder();
        String args = options.args();
        s.append("## Province scale (issue 6) — ").append(LocalDate.now()).append("\n\n");
        s.append("Machine: ").append(Machine.describe()).append("; load average at the start ").append(loadAverage)
                .append(".\n\nCommand:\n\n    ").append(COMMAND).append(args.isEmpty() ? "" : " -Dbench.args=\"" + args + "\"")
                .append("\n\n");
        s.append(String.format("Ledger (scale %s%s): %s. Generated in %.0f s; database %.0f MB.%n%n", options.scale(),
                options.analyze() ? ", ANALYZE run after loading" : ", no ANALYZE", counts.summary(), generateS, dbMb));

        s.append("| startup: spawn → first 200 from `/api/health` | runs (ms) | median ms |\n|---|---|---|\n");
        s.append(String.format("| bare Jersey-on-Jetty + Jdbi + SQLite (`BareStack`, `-Xmx256m`) | %s | %.0f |%n",
                runs(startup.bare()), startup.bareMedian()));
        s.append(String.format("| `java -Xmx256m -jar web.jar` on the province ledger | %s | %.0f |%n", runs(startup.ledger()),
                startup.ledgerMedian()));
        s.append(String.format("| ratio (target ≤ 1.5×) | | **%.2f×** |%n%n", startup.ledgerMedian() / startup.bareMedian()));
        s.append(dailyBackup == null
                ? "No daily automatic backup appeared in `backups/` within the wait after the first (unmeasured) start.\n\n"
                : "Today's automatic daily backup (" + dailyBackup + ") was in place before anything was measured (made by "
                + "the first, unmeasured start, or already while the ledger was generated), so none ran inside a measured "
                + "window.\n\n");

        s.append(String.format("| import of %,d study-session rows (CSV %.1f MB, into the ledger above) | ms |%n|---|---|%n",
                importRows, csvBytes / 1e6));
        s.append(String.format("| `sqlite3 .import --csv` into a bare table (WAL, synchronous=FULL), baseline | %.0f |%n", sqliteMs));
        s.append(String.format("| `POST /api/study-sessions/import` | %.0f |%n", importMs));
        s.append(String.format("| ratio (target ≤ 30×) | **%.1f×** |%n%n", importMs / sqliteMs));

        s.append(String.format("%d concurrent clients, each going through every path below %d times (year=%d): %,d requests in "
                + "%.1f s, every one answered 200 (load average after: %s). \"alone\": the median of %d requests by a single "
                + "client before, i.e. the cost without queueing.%n%n", ProvinceBench.CLIENTS, options.rounds(), year, load.requests(),
                load.wallMs() / 1000, loadAfter, alone.timings().get(0).count()));
        s.append("| path | runs | median ms | p99 ms | max ms | alone median ms |\n|---|---|---|---|---|---|\n");
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < load.timings().size(); i++) {
            Timings t = load.timings().get(i);
            s.append(String.format("| `%s` | %d | %.1f | %.1f | %.1f | %.1f |%n", t.name(), t.count(), t.percentile(50),
                    t.percentile(99), t.percentile(100), alone.timings().get(i).percentile(50)));
            if (t.percentile(99) > P99_TARGET_MS) {
                missed.add(String.format("`%s` p99 %.0f ms (%.1f× the target)", t.name(), t.percentile(99),
                        t.percentile(99) / P99_TARGET_MS));
            }
        }
        s.append('\n');
        if (backupDuringLoad) {
            s.append("Warning: a file in `backups/` was written during the load: a backup ran inside the measured window.\n");
        }
        for (String path : skipped) {
            s.append("Not measured: `").append(path).append("` answered 404 (not built yet when this ran).\n");
        }
        s.append(String.format("%nPeak RSS of the server process (VmHWM): %.0f MB. `-Xmx256m` %s.%n", peakRssMb,
                alive && !outOfMemory ? "sufficed (no OutOfMemoryError in its output or log, process alive at the end)"
                        : "did NOT suffice (" + (outOfMemory ? "OutOfMemoryError in its output or log" : "")
                        + (alive ? "" : " process died") + ")"));
        s.append(missed.isEmpty() ? "\nEvery endpoint and page met the p99 target (250 ms).\n"
                : "\np99 target (250 ms) missed by: " + String.join("; ", missed) + ".\n");
        s.append("\nImport answer: ").append(imported.length() > 300 ? imported.substring(0, 300) + "…" : imported).append('\n');
        return s.toString();
    }

    static String runs(List<Double> ms) {
        return String.join(", ", ms.stream().map(x -> String.format("%.0f", x)).toList());
    }
}
