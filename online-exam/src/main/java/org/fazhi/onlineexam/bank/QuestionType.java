package org.fazhi.onlineexam.bank;

import org.fazhi.model.Coded;

/** The four kinds of question the bank holds; the first three are marked by the system, case analysis by a person. */
public enum QuestionType implements Coded {
    SINGLE("单选题"),
    MULTIPLE("多选题"),
    TRUE_FALSE("判断题"),
    CASE("案例分析题");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the system marks an answer at once against the key (all but case analysis). */
    public boolean objective() {
        return this != CASE;
    }

    /** Whether the question lists options A, B, C…. */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }

    public static QuestionType parse(String value) {
        return Coded.parse(QuestionType.class, value, "type", "题型");
    }
}
