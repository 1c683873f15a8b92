package org.fazhi.web.dashboard;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.fazhi.model.account.Actor;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Subtree;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.db.StudySessionDao;
import org.jdbi.v3.core.Jdbi;

/**
 * Study sessions of a year per kind and quarter in a unit subtree, for the dashboard's chart. It is
 * the grouped count law-training's compliance board runs (one query on the covering index of date,
 * unit, kind and minutes), read through that module's DAO because its services offer no per-quarter
 * count by kind; the scope is checked the way every service checks it.
 */
final class StudyQuarters {
    private final Jdbi jdbi;

    StudyQuarters(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Counts per kind: index 0 to 3 are the quarters; kinds without sessions are absent. */
    Map<StudyKind, long[]> count(Actor actor, int year, Long orgId) {
        Years.check(year, "year");
        return jdbi.withHandle(h -> {
            Long root = Scope.listRoot(h, actor, orgId);
            Subtree s = Subtree.of(root, "s.org_id");
            LocalDate from = LocalDate.of(year, 1, 1);
            Map<StudyKind, long[]> out = new EnumMap<>(StudyKind.class);
            for (StudySessionDao.QuarterCount c : h.attach(StudySessionDao.class)
                    .quarterCounts(s.cte(), s.join(), root, from, from.plusYears(1), 0)) {
                StudyKind kind;
                try {
                    kind = StudyKind.valueOf(c.kind());
                } catch (IllegalArgumentException e) {
                    continue; // written by a newer version: no label to show it under
                }
                out.computeIfAbsent(kind, k -> new long[4])[c.quarter() - 1] += c.n();
            }
            return out;
        });
    }
}
