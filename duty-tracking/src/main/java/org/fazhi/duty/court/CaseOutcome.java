package org.fazhi.duty.court;

import org.fazhi.model.Coded;

/** How an instance ended; PENDING until it is concluded. 败诉率 = LOST ÷ concluded. */
public enum CaseOutcome implements Coded {
    PENDING("未结"),
    WON("胜诉"),
    LOST("败诉"),
    WITHDRAWN("撤诉"),
    SETTLED("调解/和解"),
    OTHER("其他");

    private final String label;

    CaseOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the instance has ended (every outcome but PENDING). */
    public boolean concluded() {
        return this != PENDING;
    }

    public static CaseOutcome parse(String value) {
        return Coded.parse(CaseOutcome.class, value, "outcome", "裁判结果");
    }
}
