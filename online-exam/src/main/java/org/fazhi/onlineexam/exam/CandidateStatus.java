package org.fazhi.onlineexam.exam;

import org.fazhi.model.Coded;

/** Where a candidate is: waiting with a code, sitting the paper, submitted (by themselves or at time-out), 缺考. */
public enum CandidateStatus implements Coded {
    WAITING("未登录"),
    SITTING("答题中"),
    SUBMITTED("已交卷"),
    ABSENT("缺考");

    private final String label;

    CandidateStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
