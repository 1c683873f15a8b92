package org.fazhi.duty.duties;

import org.fazhi.model.Coded;

/**
 * Where a duty item stands. OVERDUE is never stored: an item NOT_STARTED or IN_PROGRESS whose due
 * date has passed reads as OVERDUE, so it turns overdue by itself on the day after its due date.
 */
public enum DutyStatus implements Coded {
    NOT_STARTED("未开始"),
    IN_PROGRESS("进行中"),
    DONE("已完成"),
    OVERDUE("已逾期"),
    /** Only with a reason (e.g. no major decision was taken this year). */
    NOT_APPLICABLE("不适用");

    private final String label;

    DutyStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether an item in this stored status turns OVERDUE once its due date has passed. */
    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    public static DutyStatus parse(String value) {
        return Coded.parse(DutyStatus.class, value, "status", "状态");
    }
}
