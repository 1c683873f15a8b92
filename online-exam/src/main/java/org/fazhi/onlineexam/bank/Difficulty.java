package org.fazhi.onlineexam.bank;

import org.fazhi.model.Coded;

/** How hard a question is, as a bank's editor judges it. */
public enum Difficulty implements Coded {
    EASY("易"),
    MEDIUM("中"),
    HARD("难");

    private final String label;

    Difficulty(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Difficulty parse(String value) {
        return Coded.parse(Difficulty.class, value, "difficulty", "难度");
    }
}
