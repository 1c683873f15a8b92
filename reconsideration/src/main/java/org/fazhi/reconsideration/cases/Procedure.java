package org.fazhi.reconsideration.cases;

import org.fazhi.model.Coded;

/**
 * The procedure a case is heard in (行政复议法 2023): the normal one must be decided within 60 days of
 * acceptance and may be extended once by at most 30; the simple one (acts on the spot, 警告/通报批评, amounts
 * up to 3,000 yuan, 政府信息公开, or when the parties agree) within 30 days, without extension.
 */
public enum Procedure implements Coded {
    NORMAL("普通程序", 60),
    SIMPLE("简易程序", 30);

    private final String label;
    private final int days;

    Procedure(String label, int days) {
        this.label = label;
        this.days = days;
    }

    @Override
    public String label() {
        return label;
    }

    /** Days from acceptance to the decision's due date, before any extension. */
    public int days() {
        return days;
    }

    public static Procedure parse(String value) {
        return Coded.parse(Procedure.class, value, "procedure", "审理程序");
    }
}
