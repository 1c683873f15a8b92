package org.fazhi.training.study;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A year's 学法 sessions of a unit subtree: how many of each kind (kinds not held are absent), and the
 * people expected and present summed over all sessions (人次), for the 参学率.
 */
public record YearTally(Map<StudyKind, Long> byKind, long expected, long attended) {
    public YearTally {
        EnumMap<StudyKind, Long> copy = new EnumMap<>(StudyKind.class);
        byKind.forEach((k, n) -> {
            if (n != null && n > 0) {
                copy.put(k, n);
            }
        });
        byKind = Collections.unmodifiableMap(copy);
    }
}
