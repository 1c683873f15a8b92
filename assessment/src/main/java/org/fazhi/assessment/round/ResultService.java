package org.fazhi.assessment.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.assessment.round.db.AnswerDao;
import org.fazhi.assessment.round.db.RoundDao;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystemService;
import org.fazhi.assessment.system.IndicatorTree;
import org.fazhi.assessment.system.Points;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgKind;
import org.fazhi.sheets.TableStream;
import org.fazhi.storage.figures.FigureCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A round's results and score matrix. Ranks, the share meeting the standard and the weakest leaves are over all
 * the round's units; the rows shown are those the actor sees (a unit sees itself, with its rank among all).
 *
 * <p>The standing of all the units (totals, ranks, weakest leaves, 典型经验做法) is computed from one read of the
 * round's scores (an index scan: 200,000 answers in a province round) and kept in the module's
 * {@link FigureCache} until the ledger changes (every answer, review and confirmation is audited); each actor's
 * view is cut from it. A window of the score matrix reads only its units' scores.
 */
public final class ResultService {
    public static final int WEAKEST = 10;
    /** The score an answer counts, in tenths: the reviewer's, else the unit's own, else 0. */
    private static final String SCORE = "coalesce(review_tenths, self_tenths, 0)";

    private final Jdbi jdbi;
    private final FigureCache figures;

    public ResultService(Jdbi jdbi, FigureCache figures) {
        this.jdbi = jdbi;
        this.figures = figures;
    }

    public Results results(Actor actor, long roundId) {
        return jdbi.withHandle(h -> {
            Round round = RoundService.visible(h, actor, roundId);
            return standing(h, round).view(round);
        });
    }

    /** The whole score matrix: every unit the actor sees, best first. */
    public ScoreMatrix matrix(Actor actor, long roundId) {
        return jdbi.withHandle(h -> {
            Round round = RoundService.visible(h, actor, roundId);
            return matrix(h, round, standing(h, round).view(round).units(), null);
        });
    }

    /**
     * A window of the score matrix for a page: the units the actor sees (best first) whose name contains
     * {@code name} (null or blank: all), from {@code offset}, at most {@code limit} of them; only their scores are read.
     *
     * @param total how many units match, over all windows
     */
    public record Window(ScoreMatrix matrix, int total) {
    }

    public Window matrix(Actor actor, long roundId, String name, int offset, int limit) {
        return jdbi.withHandle(h -> {
            Round round = RoundService.visible(h, actor, roundId);
            List<Results.UnitResult> matching = named(standing(h, round).view(round).units(), name);
            List<Results.UnitResult> window = matching.subList(Math.min(offset, matching.size()),
                    Math.min(matching.size(), offset + limit));
            return new Window(matrix(h, round, window, window.stream().map(Results.UnitResult::orgId).toList()), matching.size());
        });
    }

    /** The units whose name contains {@code name} (ignoring case); all of them when it is null or blank. */
    public static List<Results.UnitResult> named(List<Results.UnitResult> units, String name) {
        if (name == null || name.isBlank()) {
            return units;
        }
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        return units.stream().filter(u -> u.orgName().toLowerCase(java.util.Locale.ROOT).contains(n)).toList();
    }

    /** The score matrix as a sheet (.xlsx or CSV through sheets' streaming writer): rank, unit, total, grade, leaves. */
    public TableStream matrixTable(Actor actor, long roundId) {
        return jdbi.withHandle(h -> {
            Round round = RoundService.visible(h, actor, roundId);
            ScoreMatrix m = matrix(h, round, standing(h, round).view(round).units(), null);
            List<String> headers = new ArrayList<>(List.of("排名", "单位", "总分", "等次", "是否达标"));
            for (Indicator leaf : m.leaves()) {
                headers.add(leaf.code() + " " + leaf.title() + "(" + Points.text(leaf.points()) + "分)");
            }
            return new TableStream(round.title() + "-得分汇总", "得分汇总", headers, out -> {
                for (ScoreMatrix.Row r : m.rows()) {
                    List<Object> row = new ArrayList<>(Arrays.asList(r.unit().rank(), r.unit().orgName(), r.unit().total(),
                            r.unit().grade().label(), r.unit().meets() ? "是" : "否"));
                    row.addAll(r.scores());
                    out.accept(row);
                }
            });
        });
    }

    /**
     * Every unit of the round ranked, with the round's figures, before any actor's view.
     *
     * @param ranked  all units, best first
     * @param typical all answers marked 典型经验做法
     */
    private record Standing(long roundId, List<Results.UnitResult> ranked, int met, BigDecimal share,
                            List<Results.LeafRatio> weakest, List<AnswerDao.TypicalRow> typical, IndicatorTree tree) {
        /** What the actor of {@code round} (as {@link RoundService#visible} read it) may see. */
        Results view(Round round) {
            Set<Long> shown = new HashSet<>(round.units().stream().map(RoundUnit::orgId).toList());
            List<Results.Typical> typ = typical.stream().filter(t -> shown.contains(t.orgId()))
                    .map(t -> new Results.Typical(t.orgId(), t.orgName(), t.code(), tree.get(t.code()).title(), t.explanation()))
                    .toList();
            List<Results.UnitResult> visible = shown.size() == ranked.size() ? ranked
                    : ranked.stream().filter(r -> shown.contains(r.orgId())).toList();
            // Unconfirmed over every unit, not the visible: the notice qualifies the round's figures (count, share).
            int unconfirmed = (int) ranked.stream().filter(r -> r.state() != UnitState.CONFIRMED).count();
            return new Results(roundId, visible, met, ranked.size(), unconfirmed, share, round.target(),
                    share.compareTo(round.target()) >= 0, weakest, typ);
        }
    }

    private Standing standing(Handle h, Round round) {
        return figures.get(h, "assessment-results", List.of(round.id()), () -> computeStanding(h, round));
    }

    /**
     * Sums in SQL, grouped by unit and by leaf along the indexes of V5 (a few thousand rows back, not every answer):
     * per unit its total and how many of its veto leaves scored above 0, per leaf the points given. Answers to a leaf
     * that does not apply to the unit's kind (possible only once a unit's kind changed after it answered) are read
     * one by one, for the leaves some kind of the round does not take, and taken off again.
     */
    private static Standing computeStanding(Handle h, Round round) {
        long roundId = round.id();
        List<RoundUnit> all = h.attach(RoundDao.class).units(roundId);
        IndicatorTree tree = IndicatorSystemService.inTransaction(h, round.systemId()).tree();
        List<Indicator> leaves = tree.leaves();
        Map<String, Indicator> byCode = new HashMap<>();
        leaves.forEach(l -> byCode.put(l.code(), l));
        List<String> vetoes = leaves.stream().filter(Indicator::veto).map(Indicator::code).toList();
        Map<Long, OrgKind> kinds = new HashMap<>();
        all.forEach(u -> kinds.put(u.orgId(), u.kind()));
        Set<OrgKind> present = new HashSet<>(kinds.values());
        List<String> partial = leaves.stream().map(Indicator::code)
                .filter(c -> present.stream().anyMatch(k -> !tree.appliesTo(c, k))).toList();

        Map<Long, long[]> perUnit = new HashMap<>(); // {total, veto leaves above 0}
        var byUnit = h.createQuery("SELECT org_id, sum(" + SCORE + "), " + (vetoes.isEmpty() ? "0" : "sum(CASE WHEN code IN (<vetoes>) "
                + "AND " + SCORE + " > 0 THEN 1 ELSE 0 END)") + " FROM assessment_answers WHERE round_id = :roundId GROUP BY org_id")
                .bind("roundId", roundId);
        if (!vetoes.isEmpty()) {
            byUnit.bindList("vetoes", vetoes);
        }
        byUnit.map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .forEach(r -> perUnit.put(r[0], new long[] {r[1], r[2]}));
        Map<String, Long> given = new HashMap<>();
        h.createQuery("SELECT code, sum(" + SCORE + ") FROM assessment_answers WHERE round_id = :roundId GROUP BY code")
                .bind("roundId", roundId).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> given.put(e.getKey(), e.getValue()));
        if (!partial.isEmpty()) {
            h.createQuery("SELECT org_id, code, " + SCORE + " FROM assessment_answers WHERE round_id = :roundId AND code IN (<codes>)")
                    .bind("roundId", roundId).bindList("codes", partial)
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)})
                    .forEach(r -> {
                        OrgKind kind = kinds.get((Long) r[0]);
                        String code = (String) r[1];
                        long score = (Long) r[2];
                        if (kind != null && !tree.appliesTo(code, kind)) {
                            long[] u = perUnit.get((Long) r[0]);
                            u[0] -= score;
                            u[1] -= byCode.get(code).veto() && score > 0 ? 1 : 0;
                            given.merge(code, -score, Long::sum);
                        }
                    });
        }

        int pass = round.passScore().movePointRight(1).intValueExact();
        Map<OrgKind, Long> vetoLeaves = new EnumMap<>(OrgKind.class);
        Map<String, Long> assessed = new HashMap<>();
        for (OrgKind k : present) {
            vetoLeaves.put(k, vetoes.stream().filter(c -> tree.appliesTo(c, k)).count());
        }
        List<Results.UnitResult> results = new ArrayList<>();
        Map<Long, Integer> totals = new HashMap<>();
        for (RoundUnit u : all) {
            long[] sums = perUnit.getOrDefault(u.orgId(), new long[2]);
            int total = (int) sums[0];
            // A veto leaf that applies and scored 0, or was not answered at all.
            boolean vetoed = sums[1] < vetoLeaves.get(u.kind());
            totals.put(u.orgId(), total);
            results.add(new Results.UnitResult(u.orgId(), u.orgName(), u.state(), Points.of(total),
                    round.grades().grade(Points.of(total)), 0, total >= pass && !vetoed, vetoed));
        }
        for (Indicator leaf : leaves) {
            assessed.put(leaf.code(), all.stream().filter(u -> tree.appliesTo(leaf.code(), u.kind())).count());
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
        for (Indicator leaf : leaves) {
            long units = assessed.get(leaf.code());
            if (units > 0) {
                long possible = units * leaf.points().movePointRight(1).longValueExact();
                ratios.add(new Results.LeafRatio(leaf.code(), leaf.title(), leaf.points(),
                        BigDecimal.valueOf(given.getOrDefault(leaf.code(), 0L) * 100).divide(BigDecimal.valueOf(possible), 1,
                                RoundingMode.HALF_UP)));
            }
        }
        ratios.sort(Comparator.comparing(Results.LeafRatio::ratio));
        return new Standing(roundId, List.copyOf(ranked), met, share, List.copyOf(ratios.subList(0, Math.min(WEAKEST, ratios.size()))),
                h.attach(AnswerDao.class).typical(roundId), tree);
    }

    /** The matrix rows of {@code units} (in that order); {@code ids} null: every unit of the round, else just those. */
    private static ScoreMatrix matrix(Handle h, Round round, List<Results.UnitResult> units, Collection<Long> ids) {
        IndicatorTree tree = IndicatorSystemService.inTransaction(h, round.systemId()).tree();
        List<RoundUnit> of = round.units();
        if (ids != null) {
            Set<Long> wanted = new HashSet<>(ids);
            of = of.stream().filter(u -> wanted.contains(u.orgId())).toList();
        }
        Map<Long, int[]> scores = scores(h, round.id(), tree, of, ids);
        List<ScoreMatrix.Row> rows = new ArrayList<>();
        for (Results.UnitResult r : units) {
            int[] row = scores.get(r.orgId());
            List<BigDecimal> cells = new ArrayList<>(row.length);
            for (int v : row) {
                cells.add(v < 0 ? null : Points.of(v));
            }
            rows.add(new ScoreMatrix.Row(r, cells));
        }
        return new ScoreMatrix(tree.leaves(), rows);
    }

    /**
     * Per unit of {@code units}, the score each leaf counts in tenths: the reviewer's, else the unit's own, else 0;
     * -1 where the leaf does not apply to the unit's kind (worked out once per kind, not once per unit). One read
     * of the round's answers (of {@code ids} only, when not null), mapped by hand: no object per answer.
     */
    private static Map<Long, int[]> scores(Handle h, long roundId, IndicatorTree tree, List<RoundUnit> units,
                                           Collection<Long> ids) {
        List<Indicator> leaves = tree.leaves();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            column.put(leaves.get(i).code(), i);
        }
        Map<OrgKind, int[]> blank = new EnumMap<>(OrgKind.class);
        Map<Long, int[]> scores = new HashMap<>();
        for (RoundUnit u : units) {
            int[] row = blank.computeIfAbsent(u.kind(), kind -> {
                int[] b = new int[leaves.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = tree.appliesTo(leaves.get(i).code(), kind) ? 0 : -1;
                }
                return b;
            }).clone();
            scores.put(u.orgId(), row);
        }
        if (ids != null && ids.isEmpty()) {
            return scores;
        }
        var query = h.createQuery(AnswerDao.SCORES + (ids == null ? "" : " AND org_id IN (<ids>)")).bind("roundId", roundId);
        if (ids != null) {
            query.bindList("ids", List.copyOf(ids));
        }
        query.scanResultSet((rs, ctx) -> {
            var r = rs.get();
            long org = Long.MIN_VALUE;
            int[] row = null;
            while (r.next()) {
                // The index gives a unit's answers together: one look-up per unit, not per answer.
                long o = r.getLong(1);
                if (o != org) {
                    org = o;
                    row = scores.get(o);
                }
                Integer i = column.get(r.getString(2));
                if (row != null && i != null && row[i] >= 0) {
                    int self = r.getInt(3);
                    boolean noSelf = r.wasNull();
                    int review = r.getInt(4);
                    row[i] = !r.wasNull() ? review : noSelf ? 0 : self;
                }
            }
            return null;
        });
        return scores;
    }
}
