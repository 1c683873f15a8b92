package org.fazhi.report.figures;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.fazhi.model.calc.Percent;
import org.fazhi.training.study.StudyKind;

/**
 * A year's 学法 sessions of a unit subtree counted for the report: sessions per kind, and the
 * people expected and present summed over all sessions (人次) for the 参学率.
 */
public record StudyTally(Map<StudyKind, Long> byKind, long expected, long attended) {
    public static final StudyTally NONE = new StudyTally(Map.of(), 0, 0);

    public StudyTally {
        EnumMap<StudyKind, Long> copy = new EnumMap<>(StudyKind.class);
        byKind.forEach((k, n) -> {
            if (n != null && n > 0) {
                copy.put(k, n);
            }
        });
        byKind = Collections.unmodifiableMap(copy);
    }

    public long sessions() {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean hasData() {
        return sessions() > 0;
    }

    /** 参学率: present ÷ expected over the year, half-up to one decimal. */
    public Percent attendance() {
        return Percent.of(attended, expected);
    }
}
