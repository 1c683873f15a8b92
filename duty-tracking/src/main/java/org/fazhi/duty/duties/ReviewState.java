package org.fazhi.duty.duties;

import org.fazhi.model.Coded;

/** The review of a duty item: the unit submits it, the organiser approves it or returns it. */
public enum ReviewState implements Coded {
    DRAFT("未提交"),
    SUBMITTED("待审核"),
    APPROVED("已通过"),
    RETURNED("已退回");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ReviewState parse(String value) {
        return Coded.parse(ReviewState.class, value, "reviewState", "审核状态");
    }
}
