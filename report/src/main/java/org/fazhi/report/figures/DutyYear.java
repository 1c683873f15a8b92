package org.fazhi.report.figures;

import org.fazhi.duty.duties.DutyFigures;

/**
 * A year's 第一责任人 duty items of a unit subtree: how many leaders have items, and the items
 * counted (done, overdue, not applicable).
 */
public record DutyYear(long leaders, DutyFigures figures) {
    public static final DutyYear NONE = new DutyYear(0, DutyFigures.ZERO);

    public boolean hasData() {
        return figures.total() > 0;
    }

    /** Items owed: not applicable ones leave the count, as they leave the rate. */
    public long owed() {
        return figures.total() - figures.notApplicable();
    }
}
