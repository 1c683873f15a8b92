package org.fazhi.duty.duties;

import org.fazhi.model.calc.Percent;

/**
 * A unit's duty items of a year: a unit directly below the chosen one with its whole subtree rolled
 * up, or ({@code own}) the chosen unit's own leaders only.
 */
public record UnitProgress(long orgId, String orgName, boolean own, long total, long done, long overdue,
                           long notApplicable) {
    public DutyFigures figures() {
        return new DutyFigures(total, done, overdue, notApplicable);
    }

    public Percent rate() {
        return figures().rate();
    }
}
