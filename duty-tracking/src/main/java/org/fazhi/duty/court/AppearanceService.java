package org.fazhi.duty.court;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.duty.court.db.AppearanceDao;
import org.fazhi.duty.court.db.AppearanceDao.Counted;
import org.fazhi.duty.court.db.AppearanceDao.Outcomes;
import org.fazhi.duty.court.db.AppearanceDao.TopUnit;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.Engine;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.db.SettingsDao;
import org.fazhi.storage.figures.FigureCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * 出庭率 and its companions (docs/API.md, GET /api/court-appearance), counted in SQL.
 *
 * <p>An instance (a court_cases row: case × 审级) counts as heard in the period when one of its
 * hearings is dated in the period, however many there were, and as appeared when a head (headAppeared,
 * category not STAFF) appeared at one of its hearings in the period. With the NOTIFIED denominator the
 * same holds for hearings whose court notice was received in the period; with HEARINGS every hearing
 * counts on its own. 败诉率 and the no-show count always use the hearing dates.
 *
 * <p>The ranking table rolls each unit's subtree up into the units directly below the chosen one;
 * the chosen unit's own cases form a row of their own when it has any.
 */
public final class AppearanceService extends LedgerService {
    public static final String DENOMINATOR = "court.denominator";
    public static final String FLAG_THRESHOLD = "court.flagThreshold";
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("80.0");
    /** No-shows without valid reason in a period that put a unit on the 约谈 list. */
    public static final int NO_SHOWS_FLAGGED = 2;

    private final Engine engine;
    private final FigureCache figures;

    public AppearanceService(Jdbi jdbi, Engine engine, AuditLog audit, Clock clock, FigureCache figures) {
        super(jdbi, audit, clock);
        this.engine = engine;
        this.figures = figures;
    }

    /** The year's figures; see {@link #rates(Actor, Period, Long)}. */
    public AppearanceRates rates(Actor actor, int year, Long orgId) {
        return rates(actor, Period.year(year), orgId);
    }

    /**
     * The figures of the period for {@code orgId}'s subtree (checked against the actor's scope), or
     * the actor's scope, or the whole ledger.
     */
    public AppearanceRates rates(Actor actor, Period period, Long orgId) {
        return figures.ofSubtree(jdbi, actor, orgId, "court-appearance", List.of(period), (h, root) -> compute(h, root, period));
    }

    private AppearanceRates compute(Handle h, Long root, Period period) {
        Long groupRoot = root;
        if (groupRoot == null) {
            List<Long> roots = h.createQuery("SELECT id FROM orgs WHERE parent_id IS NULL").mapTo(Long.class).list();
            if (roots.size() == 1) {
                groupRoot = roots.get(0);
            }
        }
        String seed = groupRoot == null ? AppearanceDao.SEED_ALL : AppearanceDao.SEED_ROOT;
        Denominator d = denominator(h);
        BigDecimal threshold = threshold(h);
        AppearanceDao dao = h.attach(AppearanceDao.class);
        List<TopUnit> units = dao.topUnits(seed, groupRoot);
        Map<Long, Counted> counted = new HashMap<>();
        String column = d == Denominator.NOTIFIED ? "notified" : "date";
        for (Counted c : dao.counted(seed, groupRoot, column, AppearanceDao.indexed(engine, column),
                d == Denominator.HEARINGS ? "h.id" : "h.case_id", period.from(), period.to())) {
            counted.put(c.orgId(), c);
        }
        // Counting instances heard, the one query has it all; otherwise losses and no-shows are
        // counted over the instances heard in a second pass.
        Map<Long, Outcomes> outcomes = new HashMap<>();
        if (d == Denominator.HEARD) {
            counted.values().forEach(c -> outcomes.put(c.orgId(),
                    new Outcomes(c.orgId(), c.noShows(), c.lost(), c.concluded())));
        } else {
            for (Outcomes o : dao.outcomes(seed, groupRoot, period.from(), period.to())) {
                outcomes.put(o.orgId(), o);
            }
        }
        RateFigures total = RateFigures.ZERO;
        List<UnitRate> rows = new ArrayList<>();
        for (TopUnit u : units) {
            Counted c = counted.get(u.id());
            Outcomes o = outcomes.get(u.id());
            if (u.depth() == 0 && c == null && o == null) {
                continue; // the chosen unit itself has a row only when it has cases of its own
            }
            RateFigures f = new RateFigures(
                    c == null ? 0 : c.heard(), c == null ? 0 : c.appeared(), c == null ? 0 : c.principal(),
                    c == null ? 0 : c.spoke(), o == null ? 0 : o.lost(), o == null ? 0 : o.concluded(),
                    o == null ? 0 : o.noShows());
            total = total.plus(f);
            rows.add(new UnitRate(u.id(), u.name(), f, null));
        }
        List<UnitRate> ranked = rank(rows);
        List<Absence> absences = absences(dao, AppearanceDao.indexed(engine, "date"), seed, groupRoot, period);
        return new AppearanceRates(period, d, root, total, ranked, threshold, flag(ranked, threshold, absences),
                absences);
    }

    /** Highest rate first; equal rates (to the published decimal) share a rank; units with nothing heard last. */
    static List<UnitRate> rank(List<UnitRate> rows) {
        List<UnitRate> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.<UnitRate, BigDecimal>comparing(UnitRate::rate,
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.comparingLong(UnitRate::heard).reversed())
                .thenComparingLong(UnitRate::orgId));
        List<UnitRate> out = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            UnitRate r = sorted.get(i);
            if (r.rate() == null) {
                out.add(r);
                continue;
            }
            if (previous == null || r.rate().compareTo(previous) != 0) {
                rank = i + 1;
                previous = r.rate();
            }
            out.add(new UnitRate(r.orgId(), r.orgName(), r.figures(), rank));
        }
        return out;
    }

    /** The period's absences of the subtree, each with the ranked unit it counts for, by unit then date. */
    private static List<Absence> absences(AppearanceDao dao, String indexed, String seed, Long root, Period period) {
        Map<Long, Long> top = new HashMap<>();
        dao.rollup(seed, root).forEach(r -> top.put(r.id(), r.topId()));
        List<Absence> out = new ArrayList<>();
        for (AppearanceDao.Absent a : dao.absences(indexed, period.from(), period.to())) {
            Long t = top.get(a.orgId());
            if (t != null) {
                out.add(new Absence(t, a.orgId(), a.orgName(), a.caseId(), a.caseNo(), Instance.valueOf(a.instance()),
                        a.date(), a.absenceReason() == null ? null : AbsenceReason.valueOf(a.absenceReason()),
                        a.absenceNote(), a.entrustedStaff(), a.lawyerOnly()));
            }
        }
        out.sort(Comparator.comparingLong(Absence::topOrgId));
        return out;
    }

    private static List<Flagged> flag(List<UnitRate> rows, BigDecimal threshold, List<Absence> absences) {
        List<Flagged> out = new ArrayList<>();
        for (UnitRate r : rows) {
            List<String> reasons = new ArrayList<>();
            if (r.rate() != null && r.rate().compareTo(threshold) < 0) {
                reasons.add("出庭率" + r.rateText() + ",低于" + threshold.toPlainString() + "%");
            }
            if (r.figures().noShows() >= NO_SHOWS_FLAGGED) {
                reasons.add("负责人无正当理由未出庭" + r.figures().noShows() + "次");
            }
            if (!reasons.isEmpty()) {
                out.add(new Flagged(r.orgId(), r.orgName(), r.figures(), reasons,
                        absences.stream().filter(a -> a.topOrgId() == r.orgId()).toList()));
            }
        }
        return out;
    }

    // ---- settings ----

    public Denominator denominator() {
        return jdbi.withHandle(AppearanceService::denominator);
    }

    public void setDenominator(Actor actor, Denominator d) {
        Scope.requireAdmin(actor);
        if (d == null) {
            throw new ValidationException("denominator", "出庭率分母不能为空");
        }
        jdbi.useTransaction(h -> setDenominator(h, actor, d));
    }

    private void setDenominator(Handle h, Actor actor, Denominator d) {
        Denominator before = denominator(h);
        h.attach(SettingsDao.class).put(DENOMINATOR, d.name(), now());
        audit.record(h, actor, AuditLog.UPDATE, "setting", null, null,
                "出庭率分母由“" + before.label() + "”改为“" + d.label() + "”", before, d);
    }

    /** Both settings as they stand. */
    public CourtSettings settings() {
        return jdbi.withHandle(h -> new CourtSettings(denominator(h), threshold(h)));
    }

    /**
     * Changes either setting or both (null leaves one as it is), in one transaction: when one is
     * wrong, neither is saved.
     */
    public CourtSettings saveSettings(Actor actor, Denominator d, BigDecimal threshold) {
        Scope.requireAdmin(actor);
        if (d == null && threshold == null) {
            throw new ValidationException("denominator", "请填写出庭率分母或约谈线");
        }
        BigDecimal t = threshold == null ? null : checkThreshold(threshold);
        return jdbi.inTransaction(h -> {
            if (d != null) {
                setDenominator(h, actor, d);
            }
            if (t != null) {
                setThreshold(h, actor, t);
            }
            return new CourtSettings(denominator(h), threshold(h));
        });
    }

    public BigDecimal flagThreshold() {
        return jdbi.withHandle(AppearanceService::threshold);
    }

    /** The rate (0 to 100, one decimal) below which a unit is put on the 约谈 list. */
    public void setFlagThreshold(Actor actor, BigDecimal threshold) {
        Scope.requireAdmin(actor);
        BigDecimal t = checkThreshold(threshold);
        jdbi.useTransaction(h -> setThreshold(h, actor, t));
    }

    private static BigDecimal checkThreshold(BigDecimal threshold) {
        if (threshold == null || threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0
                || threshold.stripTrailingZeros().scale() > 1) {
            throw new ValidationException("flagThreshold", "约谈线应为0到100之间的数,最多一位小数");
        }
        return threshold.setScale(1);
    }

    private void setThreshold(Handle h, Actor actor, BigDecimal t) {
        BigDecimal before = threshold(h);
        h.attach(SettingsDao.class).put(FLAG_THRESHOLD, t.toPlainString(), now());
        audit.record(h, actor, AuditLog.UPDATE, "setting", null, null,
                "出庭率约谈线由 " + before.toPlainString() + "% 改为 " + t.toPlainString() + "%", before, t);
    }

    private static Denominator denominator(Handle h) {
        return h.attach(SettingsDao.class).get(DENOMINATOR).map(v -> {
            try {
                return Denominator.valueOf(v);
            } catch (IllegalArgumentException e) {
                return Denominator.HEARD;
            }
        }).orElse(Denominator.HEARD);
    }

    private static BigDecimal threshold(Handle h) {
        return h.attach(SettingsDao.class).get(FLAG_THRESHOLD).map(v -> {
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                return DEFAULT_THRESHOLD;
            }
        }).orElse(DEFAULT_THRESHOLD);
    }
}
