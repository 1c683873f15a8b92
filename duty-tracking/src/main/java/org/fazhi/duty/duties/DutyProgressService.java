package org.fazhi.duty.duties;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.fazhi.duty.duties.db.ProgressDao;
import org.fazhi.duty.duties.db.ProgressDao.UnitRow;
import org.fazhi.model.account.Actor;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.Subtree;
import org.fazhi.storage.figures.FigureCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The progress board of a year: per leader, per unit (subtrees rolled up) and in total — items,
 * done, overdue (as of the service's clock), not applicable and the completion rate, counted in SQL
 * (two queries). NOT_APPLICABLE items leave the rate's denominator (see {@link DutyFigures}).
 */
public final class DutyProgressService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final FigureCache figures;

    public DutyProgressService(Jdbi jdbi, Clock clock, FigureCache figures) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.figures = figures;
    }

    /**
     * The year's progress for {@code orgId}'s subtree (checked against the actor's scope), or the
     * actor's scope, or the whole ledger.
     */
    public DutyProgress progress(Actor actor, int year, Long orgId) {
        Years.check(year, "year");
        LocalDate today = LocalDate.now(clock);
        return figures.ofSubtree(jdbi, actor, orgId, "duty-progress", List.of(year, today),
                (h, root) -> compute(h, root, year, today));
    }

    private DutyProgress compute(Handle h, Long root, int year, LocalDate today) {
        Long groupRoot = root;
        if (groupRoot == null) {
            List<Long> roots = h.createQuery("SELECT id FROM orgs WHERE parent_id IS NULL").mapTo(Long.class).list();
            if (roots.size() == 1) {
                groupRoot = roots.get(0);
            }
        }
        ProgressDao dao = h.attach(ProgressDao.class);
        DutyFigures total = DutyFigures.ZERO;
        List<UnitProgress> units = new ArrayList<>();
        for (UnitRow r : dao.units(groupRoot == null ? ProgressDao.SEED_ALL : ProgressDao.SEED_ROOT, groupRoot, year, today)) {
            UnitProgress u = new UnitProgress(r.orgId(), r.orgName(), r.depth() == 0, r.total(), r.done(), r.overdue(),
                    r.notApplicable());
            if (u.own() && u.total() == 0) {
                continue; // the chosen unit has a row of its own only when its own leaders have items
            }
            total = total.plus(u.figures());
            units.add(u);
        }
        Subtree s = Subtree.of(root, "i.org_id");
        List<PersonProgress> people = new ArrayList<>(dao.people(s.cte(), s.join(), root, year, today));
        units.sort(behindFirst(UnitProgress::figures).thenComparingLong(UnitProgress::orgId));
        people.sort(behindFirst(PersonProgress::figures).thenComparingLong(PersonProgress::orgId)
                .thenComparingLong(PersonProgress::personId));
        return new DutyProgress(year, root, total, units, people);
    }

    /** Lowest rate first, then most overdue; rows with nothing owed (no rate) last. */
    static <T> Comparator<T> behindFirst(Function<T, DutyFigures> figures) {
        return Comparator.<T, BigDecimal>comparing(t -> figures.apply(t).rate().value(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(t -> figures.apply(t).overdue(), Comparator.reverseOrder());
    }
}
