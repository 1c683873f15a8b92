package org.fazhi.training.exam;

import org.fazhi.model.Coded;

/** 笔试 on paper or 机考 at a computer. */
public enum ExamMode implements Coded {
    WRITTEN("笔试"),
    COMPUTER("机考");

    private final String label;

    ExamMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ExamMode parse(String value) {
        return Coded.parse(ExamMode.class, value, "mode", "考试方式");
    }
}
