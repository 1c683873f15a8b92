package org.fazhi.assessment.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.round.db.AnswerDao;
import org.fazhi.assessment.round.db.AnswerDao.ScoreRow;
import org.fazhi.assessment.round.db.RoundDao;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystemService;
import org.fazhi.assessment.system.IndicatorTree;
import org.fazhi.assessment.system.Points;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgKind;
import org.fazhi.sheets.TableStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A round's results and score matrix, computed from its answers on every read (one query for all of them).
 * Ranks, the share meeting the standard and the weakest leaves are over all the round's units; the rows
 * shown are those the actor sees (a unit sees itself, with its rank among all).
 */
public final class ResultService {
    public static final int WEAKEST = 10;

    private final Jdbi jdbi;

    public ResultService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Results results(Actor actor, long roundId) {
        return jdbi.withHandle(h -> compute(h, actor, roundId, false).results());
    }

    public ScoreMatrix matrix(Actor actor, long roundId) {
        return jdbi.withHandle(h -> compute(h, actor, roundId, true).matrix());
    }

    /** The score matrix as a sheet (.xlsx or CSV through sheets' streaming writer): rank, unit, total, grade, leaves. */
    public TableStream matrixTable(Actor actor, long roundId) {
        Computed c = jdbi.withHandle(h -> compute(h, actor, roundId, true));
        ScoreMatrix m = c.matrix();
        List<String> headers = new ArrayList<>(List.of("排名", "单位", "总分", "等次", "是否达标"));
        for (Indicator leaf : m.leaves()) {
            headers.add(leaf.code() + " " + leaf.title() + "(" + Points.text(leaf.points()) + "分)");
        }
        return new TableStream(c.round().title() + "-得分汇总", "得分汇总", headers, out -> {
            for (ScoreMatrix.Row r : m.rows()) {
                List<Object> row = new ArrayList<>(Arrays.asList(r.unit().rank(), r.unit().orgName(), r.unit().total(),
                        r.unit().grade().label(), r.unit().meets() ? "是" : "否"));
                row.addAll(r.scores());
                out.accept(row);
            }
        });
    }

    /** @param matrix null when not asked for */
    private record Computed(Round round, Results results, ScoreMatrix matrix) {
    }

    /** @param withMatrix whether to build the score matrix too (a round of 2,000 units × 100 leaves: 200,000 cells) */
    private static Computed compute(Handle h, Actor actor, long roundId, boolean withMatrix) {
        Round round = RoundService.visible(h, actor, roundId);
        java.util.Set<Long> shown = new java.util.HashSet<>(round.units().stream().map(RoundUnit::orgId).toList());
        List<RoundUnit> all = h.attach(RoundDao.class).units(roundId);
        IndicatorTree tree = IndicatorSystemService.inTransaction(h, round.systemId()).tree();
        List<Indicator> leaves = tree.leaves();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            column.put(leaves.get(i).code(), i);
        }
        // Per unit and leaf, the score that counts in tenths: the reviewer's, else the unit's own; -1: not applicable.
        // Which leaves apply is worked out once per unit kind, not once per unit.
        Map<OrgKind, int[]> blank = new EnumMap<>(OrgKind.class);
        Map<Long, int[]> scores = new HashMap<>();
        for (RoundUnit u : all) {
            int[] row = blank.computeIfAbsent(u.kind(), kind -> {
                int[] b = new int[leaves.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = tree.appliesTo(leaves.get(i).code(), kind) ? 0 : -1;
                }
                return b;
            }).clone();
            scores.put(u.orgId(), row);
        }
        for (ScoreRow s : h.attach(AnswerDao.class).scores(roundId)) {
            int[] row = scores.get(s.orgId());
            Integer i = column.get(s.code());
            if (row != null && i != null && row[i] >= 0) {
                row[i] = s.reviewTenths() != null ? s.reviewTenths() : s.selfTenths() != null ? s.selfTenths() : 0;
            }
        }
        int pass = round.passScore().movePointRight(1).intValueExact();
        List<Results.UnitResult> results = new ArrayList<>();
        Map<Long, Integer> totals = new HashMap<>();
        for (RoundUnit u : all) {
            int total = 0;
            boolean vetoed = false;
            int[] row = scores.get(u.orgId());
            for (int i = 0; i < row.length; i++) {
                if (row[i] >= 0) {
                    total += row[i];
                    vetoed |= row[i] == 0 && leaves.get(i).veto();
                }
            }
            totals.put(u.orgId(), total);
            results.add(new Results.UnitResult(u.orgId(), u.orgName(), u.state(), Points.of(total),
                    round.grades().grade(Points.of(total)), 0, total >= pass && !vetoed, vetoed));
        }
        results.sort(Comparator.comparing((Results.UnitResult r) -> totals.get(r.orgId())).reversed()
                .thenComparingLong(Results.UnitResult::orgId));
        List<Results.UnitResult> ranked = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Results.UnitResult r = results.get(i);
            int rank = i > 0 && totals.get(results.get(i - 1).orgId()).equals(totals.get(r.orgId())) ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Results.UnitResult(r.orgId(), r.orgName(), r.state(), r.total(), r.grade(), rank, r.meets(), r.vetoed()));
        }
        int met = (int) ranked.stream().filter(Results.UnitResult::meets).count();
        BigDecimal share = all.isEmpty() ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(all.size()), 1, RoundingMode.HALF_UP);

        List<Results.LeafRatio> ratios = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            long given = 0;
            long units = 0;
            for (int[] row : scores.values()) {
                if (row[i] >= 0) {
                    given += row[i];
                    units++;
                }
            }
            if (units > 0) {
                long possible = units * leaves.get(i).points().movePointRight(1).longValueExact();
                ratios.add(new Results.LeafRatio(leaves.get(i).code(), leaves.get(i).title(), leaves.get(i).points(),
                        BigDecimal.valueOf(given * 100).divide(BigDecimal.valueOf(possible), 1, RoundingMode.HALF_UP)));
            }
        }
        ratios.sort(Comparator.comparing(Results.LeafRatio::ratio));
        List<Results.Typical> typical = h.attach(AnswerDao.class).typical(roundId).stream()
                .filter(t -> shown.contains(t.orgId()))
                .map(t -> new Results.Typical(t.orgId(), t.orgName(), t.code(), tree.get(t.code()).title(), t.explanation()))
                .toList();
        List<Results.UnitResult> visible = ranked.stream().filter(r -> shown.contains(r.orgId())).toList();
        Results res = new Results(roundId, visible, met, all.size(), share, round.target(), share.compareTo(round.target()) >= 0,
                ratios.subList(0, Math.min(WEAKEST, ratios.size())), typical);
        if (!withMatrix) {
            return new Computed(round, res, null);
        }
        List<ScoreMatrix.Row> rows = new ArrayList<>();
        for (Results.UnitResult r : visible) {
            int[] row = scores.get(r.orgId());
            List<BigDecimal> cells = new ArrayList<>(row.length);
            for (int v : row) {
                cells.add(v < 0 ? null : Points.of(v));
            }
            rows.add(new ScoreMatrix.Row(r, cells));
        }
        return new Computed(round, res, new ScoreMatrix(leaves, rows));
    }
}
