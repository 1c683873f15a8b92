package org.fazhi.report.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.model.Coded;

/**
 * Builds one sentence from clauses: the clauses of a group are joined with "," and the groups with
 * ";" (the marks the seeds and the ledgers' own summaries use), null or empty clauses left out, and
 * a "。" at the end — so optional figures drop out without leaving stray punctuation.
 */
final class Sentence {
    private final List<List<String>> groups = new ArrayList<>();

    Sentence() {
        groups.add(new ArrayList<>());
    }

    /** Adds a clause to the current group; null or empty is skipped. */
    Sentence add(String clause) {
        if (clause != null && !clause.isEmpty()) {
            groups.get(groups.size() - 1).add(clause);
        }
        return this;
    }

    /**
     * Adds a clause per non-zero count, in the map's order, the first led by {@code lead}: "其中书面述法6人次",
     * "述职会述法8人次".
     */
    Sentence addCounts(String lead, Map<? extends Coded, Long> counts, String unit) {
        String first = lead;
        for (Map.Entry<? extends Coded, Long> e : counts.entrySet()) {
            if (e.getValue() > 0) {
                add(first + e.getKey().label() + e.getValue() + unit);
                first = "";
            }
        }
        return this;
    }

    /** Starts a new group (joined to the previous with ";"). */
    Sentence next() {
        if (!groups.get(groups.size() - 1).isEmpty()) {
            groups.add(new ArrayList<>());
        }
        return this;
    }

    String text() {
        List<String> parts = new ArrayList<>();
        for (List<String> g : groups) {
            if (!g.isEmpty()) {
                parts.add(String.join(",", g));
            }
        }
        return String.join(";", parts) + "。";
    }
}
