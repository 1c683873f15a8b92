package org.fazhi.reconsideration.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.account.Actor;
import org.fazhi.model.time.Years;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.MatterCategory;
import org.fazhi.reconsideration.stats.db.StatsDao;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Subtree;
import org.fazhi.storage.core.db.SettingsDao;
import org.fazhi.storage.figures.FigureCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The year's 行政复议 figures ({@link ReconsiderationStats}) for a unit subtree, counted in SQL and remembered
 * until the ledger changes ({@link FigureCache}); and the setting of what the 直接纠错率 divides by.
 */
public final class StatsService extends LedgerService {
    static final String DENOMINATOR = "reconsideration.correction-denominator";
    /** The decision codes on the merits and those that correct the act, quoted for SQL ({@link Decision} decides). */
    private static final String MERITS = codes(Decision::onMerits);
    private static final String CORRECTIONS = codes(Decision::correction);

    private final FigureCache figures;

    public StatsService(Jdbi jdbi, AuditLog audit, Clock clock, FigureCache figures) {
        super(jdbi, audit, clock);
        this.figures = figures;
    }

    /** The figures of {@code year} for the subtree of {@code orgId} (or the actor's scope, or the whole ledger). */
    public ReconsiderationStats stats(Actor actor, int year, Long orgId) {
        Years.check(year, "year");
        return figures.ofSubtree(jdbi, actor, orgId, "reconsideration-stats", Arrays.asList(orgId, year),
                (h, root) -> compute(h, root, orgId, year));
    }

    private static ReconsiderationStats compute(Handle h, Long root, Long orgId, int year) {
        Subtree s = Subtree.of(root, "r.respondent_org_id");
        String from = LocalDate.of(year, 1, 1).toString();
        String to = LocalDate.of(year + 1, 1, 1).toString();
        StatsDao dao = h.attach(StatsDao.class);
        Map<MatterCategory, Long> byCategory = zeros(MatterCategory.class);
        long received = 0;
        long accepted = 0;
        for (StatsDao.Received r : dao.received(s.cte(), s.join(), root, from, to)) {
            received += r.received();
            accepted += r.accepted();
            byCategory.merge(MatterCategory.parse(r.category()), r.received(), Long::sum);
        }
        CorrectionDenominator denominator = denominator(h);
        Map<Decision, Long> byDecision = zeros(Decision.class);
        for (StatsDao.ByDecision d : dao.byDecision(s.cte(), s.join(), root, from, to)) {
            byDecision.merge(Decision.valueOf(d.decision()), d.concluded(), Long::sum);
        }
        Map<Long, Tally> byOrg = new LinkedHashMap<>();
        Tally all = new Tally(0, null);
        for (StatsDao.Concluded c : dao.concluded(s.cte(), s.join(), MERITS, CORRECTIONS, root, from, to)) {
            all.add(c);
            byOrg.computeIfAbsent(c.orgId(), id -> new Tally(id, c.orgName())).add(c);
        }
        List<RespondentRate> ranking = ranking(byOrg, denominator);
        return new ReconsiderationStats(year, orgId, received, accepted, Percent.of(accepted, received), all.concluded,
                all.onTime, Percent.of(all.onTime, all.concluded), all.direct, all.directRate(denominator),
                all.comprehensive(), Percent.of(all.comprehensive(), all.concluded), denominator, byDecision, byCategory,
                ranking);
    }

    /** Respondents by their direct correction rate, highest first, then by more corrections, then by name. */
    private static List<RespondentRate> ranking(Map<Long, Tally> byOrg, CorrectionDenominator denominator) {
        List<Tally> units = new ArrayList<>(byOrg.values());
        Comparator<Tally> byRate = Comparator.comparing((Tally t) -> rateKey(t.directRate(denominator))).reversed();
        units.sort(byRate.thenComparing(Comparator.comparingLong((Tally t) -> t.direct).reversed())
                .thenComparing(t -> t.orgName));
        List<RespondentRate> out = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < units.size(); i++) {
            Tally t = units.get(i);
            if (i == 0 || byRate.compare(units.get(i - 1), t) != 0) {
                rank = i + 1;
            }
            out.add(new RespondentRate(rank, t.orgId, t.orgName, t.concluded, t.direct, t.directRate(denominator),
                    t.comprehensive(), Percent.of(t.comprehensive(), t.concluded)));
        }
        return out;
    }

    /** A rate's value for ordering; an undefined rate (nothing to divide by) below every defined one. */
    private static java.math.BigDecimal rateKey(Percent p) {
        return p.defined() ? p.value() : java.math.BigDecimal.valueOf(-1);
    }

    private static String codes(java.util.function.Predicate<Decision> which) {
        return java.util.Arrays.stream(Decision.values()).filter(which).map(d -> "'" + d.name() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0L);
        }
        return m;
    }

    /** The concluded cases of one respondent (or of all), summed over decisions. */
    private static final class Tally {
        final long orgId;
        final String orgName;
        long concluded;
        long onMerits;
        long onTime;
        long direct;
        long indirect;

        Tally(long orgId, String orgName) {
            this.orgId = orgId;
            this.orgName = orgName;
        }

        void add(StatsDao.Concluded c) {
            concluded += c.concluded();
            onMerits += c.onMerits();
            direct += c.direct();
            onTime += c.onTime();
            indirect += c.indirect();
        }

        long comprehensive() {
            return direct + indirect;
        }

        Percent directRate(CorrectionDenominator denominator) {
            return Percent.of(direct, denominator == CorrectionDenominator.MERITS ? onMerits : concluded);
        }
    }

    // ---- the setting ----

    public CorrectionDenominator denominator() {
        return jdbi.withHandle(StatsService::denominator);
    }

    private static CorrectionDenominator denominator(Handle h) {
        return h.attach(SettingsDao.class).get(DENOMINATOR).map(CorrectionDenominator::valueOf)
                .orElse(CorrectionDenominator.CONCLUDED);
    }

    /** Changes what the 直接纠错率 divides by (admins only); audited. */
    public CorrectionDenominator setDenominator(Actor actor, CorrectionDenominator next) {
        Scope.requireAdmin(actor);
        return jdbi.inTransaction(h -> {
            CorrectionDenominator before = denominator(h);
            h.attach(SettingsDao.class).put(DENOMINATOR, next.name(), now());
            audit.record(h, actor, AuditLog.UPDATE, "setting", null, null,
                    "直接纠错率分母由“" + before.label() + "”改为“" + next.label() + "”", before, next);
            return next;
        });
    }
}
