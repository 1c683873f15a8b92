package org.fazhi.training.study;

import java.time.LocalDate;
import org.fazhi.model.Checks;
import org.fazhi.model.time.Years;

/**
 * Narrows a session list: unit subtree (or, with {@code unitOnly}, the unit's own sessions, as the
 * compliance board counts them), year, kind and a text search; every part optional.
 */
public record SessionFilter(Long orgId, Integer year, StudyKind kind, String q, boolean unitOnly) {
    public static final SessionFilter NONE = new SessionFilter(null, null, null, null);

    public SessionFilter(Long orgId, Integer year, StudyKind kind, String q) {
        this(orgId, year, kind, q, false);
    }

    public SessionFilter {
        if (year != null) {
            Years.check(year, "year");
        }
        q = Checks.optionalText(q, "q", "搜索词", 50);
    }

    public LocalDate from() {
        return year == null ? LocalDate.of(Years.MIN, 1, 1) : LocalDate.of(year, 1, 1);
    }

    public LocalDate to() {
        return year == null ? LocalDate.of(Years.MAX + 1, 1, 1) : LocalDate.of(year + 1, 1, 1);
    }
}
