package org.fazhi.onlineexam.bank;

/**
 * A bank list's filters, each optional: text in the stem, a law (part of its title), the type, the difficulty, and
 * active (true) or retired (false) questions only.
 */
public record QuestionFilter(String text, String law, QuestionType type, Difficulty difficulty, Boolean active) {
    public static final QuestionFilter ALL = new QuestionFilter(null, null, null, null, null);

    public QuestionFilter {
        text = blankToNull(text);
        law = blankToNull(law);
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
