package org.fazhi.training.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.core.Subtree;
import org.fazhi.storage.figures.FigureCache;
import org.fazhi.training.study.db.StudySessionDao;
import org.fazhi.training.study.db.StudySessionDao.QuarterCount;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Study-quota compliance per unit and year. The counting is done in SQL (sessions grouped by unit,
 * kind and quarter, once per distinct minimum duration among the rules); only those small
 * aggregates are matched against the rules here.
 */
public final class ComplianceService {
    private final Jdbi jdbi;
    private final FigureCache figures;

    public ComplianceService(Jdbi jdbi, FigureCache figures) {
        this.jdbi = jdbi;
        this.figures = figures;
    }

    /** Units of the subtree that some active rule applies to, those behind first, then by name. */
    public List<UnitCompliance> compute(Actor actor, int year, Long orgId, LocalDate today) {
        Years.check(year, "year");
        return figures.ofSubtree(jdbi, actor, orgId, "compliance", Arrays.asList(year, today), (h, root) -> {
            List<QuotaRule> rules = h.attach(org.fazhi.training.study.db.QuotaRuleDao.class).active();
            OrgDao orgs = h.attach(OrgDao.class);
            List<Org> units = root == null ? orgs.all() : orgs.subtree(root);
            Subtree s = Subtree.of(root, "s.org_id");
            StudySessionDao dao = h.attach(StudySessionDao.class);
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = from.plusYears(1);
            TreeSet<Integer> thresholds = new TreeSet<>();
            thresholds.add(0);
            rules.forEach(r -> thresholds.add(r.minMinutes() == null ? 0 : r.minMinutes()));
            // counts.get(threshold).get(orgId).get(kind)[quarter-1]
            Map<Integer, Map<Long, Map<String, int[]>>> counts = new HashMap<>();
            for (int t : thresholds) {
                Map<Long, Map<String, int[]>> byOrg = new HashMap<>();
                for (QuarterCount c : dao.quarterCounts(s.cte(), s.join(), root, from, to, t)) {
                    byOrg.computeIfAbsent(c.orgId(), k -> new HashMap<>())
                            .computeIfAbsent(c.kind(), k -> new int[4])[c.quarter() - 1] += c.n();
                }
                counts.put(t, byOrg);
            }
            List<UnitCompliance> out = new ArrayList<>();
            for (Org unit : units) {
                List<UnitCompliance.RuleResult> results = new ArrayList<>();
                for (QuotaRule r : rules) {
                    if (r.orgKind() != unit.kind()) {
                        continue;
                    }
                    Map<String, int[]> byKind = counts.get(r.minMinutes() == null ? 0 : r.minMinutes())
                            .getOrDefault(unit.id(), Map.of());
                    int[] q = new int[4];
                    for (StudyKind k : r.kinds()) {
                        int[] c = byKind.get(k.name());
                        if (c != null) {
                            for (int i = 0; i < 4; i++) {
                                q[i] += c[i];
                            }
                        }
                    }
                    QuotaJudgement j = QuotaJudgement.judge(r, year, q, today);
                    results.add(new UnitCompliance.RuleResult(r.id(), r.label(), r.kinds(), r.period(), r.requirementText(),
                            j.required(), j.due(), j.held(), j.perQuarter(), j.compliant(), j.finalJudgement()));
                }
                if (!results.isEmpty()) {
                    int[] all = new int[4];
                    counts.get(0).getOrDefault(unit.id(), Map.of()).values().forEach(c -> {
                        for (int i = 0; i < 4; i++) {
                            all[i] += c[i];
                        }
                    });
                    boolean ok = results.stream().allMatch(UnitCompliance.RuleResult::compliant);
                    out.add(new UnitCompliance(unit.id(), unit.name(), unit.kind(), ok, all, results));
                }
            }
            out.sort(Comparator.comparing(UnitCompliance::compliant).thenComparing(UnitCompliance::orgId));
            return List.copyOf(out);
        });
    }

    /**
     * Sessions of a year in the subtree per kind and quarter (index 0–3), for charts: the same grouped
     * count the board runs, on the covering index of date, unit, kind and minutes. Kinds without
     * sessions are absent; a kind a newer version wrote is skipped (no label to show it under).
     */
    public Map<StudyKind, long[]> heldByQuarter(Actor actor, int year, Long orgId) {
        Years.check(year, "year");
        Map<StudyKind, long[]> held = figures.ofSubtree(jdbi, actor, orgId, "study-quarters", List.of(year),
                (h, root) -> heldByQuarter(h, root, year));
        // The cached arrays stay the cache's: each caller gets its own copy.
        Map<StudyKind, long[]> copy = new EnumMap<>(StudyKind.class);
        held.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    private static Map<StudyKind, long[]> heldByQuarter(Handle h, Long root, int year) {
        Subtree s = Subtree.of(root, "s.org_id");
        LocalDate from = LocalDate.of(year, 1, 1);
        Map<StudyKind, long[]> out = new EnumMap<>(StudyKind.class);
        for (QuarterCount c : h.attach(StudySessionDao.class).quarterCounts(s.cte(), s.join(), root, from,
                from.plusYears(1), 0)) {
            StudyKind kind;
            try {
                kind = StudyKind.valueOf(c.kind());
            } catch (IllegalArgumentException e) {
                continue;
            }
            out.computeIfAbsent(kind, k -> new long[4])[c.quarter() - 1] += c.n();
        }
        return out;
    }

    /** A year's sessions in the subtree per kind, with 人次 expected and present: one grouped query. */
    public YearTally yearTally(Actor actor, int year, Long orgId) {
        Years.check(year, "year");
        return figures.ofSubtree(jdbi, actor, orgId, "study-tally", List.of(year), (h, root) -> {
            Subtree s = Subtree.of(root, "s.org_id");
            LocalDate from = LocalDate.of(year, 1, 1);
            Map<StudyKind, Long> byKind = new EnumMap<>(StudyKind.class);
            long expected = 0;
            long attended = 0;
            for (StudySessionDao.KindTotal t : h.attach(StudySessionDao.class).kindTotals(s.cte(), s.join(), root, from,
                    from.plusYears(1))) {
                try {
                    byKind.put(StudyKind.valueOf(t.kind()), t.sessions());
                } catch (IllegalArgumentException e) {
                    continue; // a kind a newer version wrote: not counted under any label
                }
                expected += t.expected();
                attended += t.attended();
            }
            return new YearTally(byKind, expected, attended);
        });
    }
}
