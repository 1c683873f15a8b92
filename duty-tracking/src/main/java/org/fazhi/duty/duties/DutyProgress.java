package org.fazhi.duty.duties;

import java.util.List;

/**
 * A year's duty progress for a subtree: its totals, one row per unit below the chosen one, one row
 * per leader; both lists put who is behind first (lowest rate, then most overdue; nothing owed last).
 *
 * @param orgId the chosen unit, or null for the whole ledger
 */
public record DutyProgress(int year, Long orgId, DutyFigures total, List<UnitProgress> units,
                           List<PersonProgress> people) {
    public DutyProgress {
        units = List.copyOf(units);
        people = List.copyOf(people);
    }
}
