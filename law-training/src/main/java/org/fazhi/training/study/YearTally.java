package org.fazhi.training.study;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.fazhi.model.calc.Percent;

/**
 * A year's 学法 sessions of a unit subtree: how many of each kind (kinds not held are absent), and the
 * people expected and present summed over all sessions (人次), for the 参学率. The annual report reads it too.
 */
public record YearTally(Map<StudyKind, Long> byKind, long expected, long attended) {
    /** A year without sessions. */
    public static final YearTally NONE = new YearTally(Map.of(), 0, 0);

    public YearTally {
        EnumMap<StudyKind, Long> copy = new EnumMap<>(StudyKind.class);
        byKind.forEach((k, n) -> {
            if (n != null && n > 0) {
                copy.put(k, n);
            }
        });
        byKind = Collections.unmodifiableMap(copy);
    }

    /** The sessions of every kind. */
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
