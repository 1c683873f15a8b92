package org.fazhi.duty.court;

import org.fazhi.model.Coded;

/** Why no head appeared: the legal list of 法释〔2018〕1号 §132, or NONE (无正当理由). */
public enum AbsenceReason implements Coded {
    FORCE_MAJEURE("不可抗力"),
    ACCIDENT("意外事件"),
    IRREPLACEABLE_DUTY("需履行他人不能代替的公务"),
    OTHER_JUSTIFIED("其他正当事由"),
    NONE("无正当理由");

    private final String label;

    AbsenceReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A justified absence: any reason but NONE. */
    public boolean valid() {
        return this != NONE;
    }

    public static AbsenceReason parse(String value) {
        return Coded.parse(AbsenceReason.class, value, "absenceReason", "未出庭理由");
    }
}
