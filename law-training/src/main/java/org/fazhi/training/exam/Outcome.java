package org.fazhi.training.exam;

import org.fazhi.model.Coded;

/** What a sitting means for the appointment (law-training/README.md, exams). Derived, never typed in. */
public enum Outcome implements Coded {
    PASSED("合格"),
    PASSED_RETAKE("补考合格"),
    DEFERRED("不合格,暂缓任用"),
    WITHDRAWN("撤回提名"),
    ABSENT("缺考");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean passed() {
        return this == PASSED || this == PASSED_RETAKE;
    }

    /**
     * The rule: absent → ABSENT; a pass → PASSED, or PASSED_RETAKE on a retake; a fail → DEFERRED while
     * retakes remain, WITHDRAWN once the allowed retakes are used up.
     *
     * @param retakeNumber 0 for a first sitting, 1 for the first retake, …
     * @param maxRetakes   retakes allowed (usually 1)
     */
    public static Outcome decide(boolean absent, Double score, double passMark, int retakeNumber, int maxRetakes) {
        if (absent) {
            return ABSENT;
        }
        if (score != null && score >= passMark) {
            return retakeNumber == 0 ? PASSED : PASSED_RETAKE;
        }
        return retakeNumber >= maxRetakes ? WITHDRAWN : DEFERRED;
    }
}
