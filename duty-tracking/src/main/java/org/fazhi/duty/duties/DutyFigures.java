package org.fazhi.duty.duties;

import org.fazhi.model.calc.Percent;

/**
 * Counts of duty items. NOT_APPLICABLE items (with their reason) are neither done nor owed: they
 * leave the denominator, so a leader with 6 items of which 1 does not apply and 5 are done stands at
 * 100.0%. Overdue items are open items past their due date on the day of reading.
 */
public record DutyFigures(long total, long done, long overdue, long notApplicable) {
    public static final DutyFigures ZERO = new DutyFigures(0, 0, 0, 0);

    /** done ÷ (total − notApplicable), half-up to one decimal; undefined when nothing is owed. */
    public Percent rate() {
        return Percent.of(done, total - notApplicable);
    }

    public DutyFigures plus(DutyFigures o) {
        return new DutyFigures(total + o.total, done + o.done, overdue + o.overdue, notApplicable + o.notApplicable);
    }
}
