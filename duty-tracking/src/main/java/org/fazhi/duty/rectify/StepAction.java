package org.fazhi.duty.rectify;

import org.fazhi.model.Coded;

/** A step of a 整改 item through to 销号, as its trail records it. */
public enum StepAction implements Coded {
    START("开始整改"),
    RECTIFIED("整改完成"),
    CLOSE("销号"),
    REOPEN("退回重新整改");

    private final String label;

    StepAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
