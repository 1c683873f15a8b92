package org.fazhi.duty.duties;

import org.fazhi.model.Coded;

/** One step of the review trail kept with an item. */
public enum ReviewAction implements Coded {
    SUBMIT("提交审核"),
    APPROVE("审核通过"),
    RETURN("退回");

    private final String label;

    ReviewAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
