package org.fazhi.duty.duties;

import org.fazhi.model.calc.Percent;

/** One leader's duty items of a year, counted (see {@link DutyFigures} for how NOT_APPLICABLE counts). */
public record PersonProgress(long orgId, String orgName, long personId, String personName, long total, long done,
                             long overdue, long notApplicable) {
    public DutyFigures figures() {
        return new DutyFigures(total, done, overdue, notApplicable);
    }

    public Percent rate() {
        return figures().rate();
    }
}
