package org.fazhi.assessment.round;

import org.fazhi.model.Coded;

/** A unit's grade by the round's thresholds. */
public enum Grade implements Coded {
    EXCELLENT("优秀"),
    GOOD("良好"),
    QUALIFIED("合格"),
    FAILED("不合格");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
