package org.fazhi.duty.court;

import org.fazhi.model.Coded;

/**
 * What 出庭率 divides by (a setting): instances heard in the period (the national rule), instances
 * with a court notice received in the period (as Jilin counts), or single hearings.
 */
public enum Denominator implements Coded {
    HEARD("已开庭案件(按审级)"),
    NOTIFIED("法院通知出庭案件(按审级)"),
    HEARINGS("开庭场次");

    private final String label;

    Denominator(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Denominator parse(String value) {
        return Coded.parse(Denominator.class, value, "denominator", "出庭率分母");
    }
}
