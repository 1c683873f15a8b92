package org.fazhi.assessment.round;

import org.fazhi.model.Coded;

/** Where a unit's self-assessment in a round stands. */
public enum UnitState implements Coded {
    /** Being filled in, until the self-assessment deadline. */
    OPEN("自评中"),
    /** Submitted: the answers are locked. */
    SUBMITTED("已提交"),
    /** The reviewer confirmed the scores. */
    CONFIRMED("已确认");

    private final String label;

    UnitState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
