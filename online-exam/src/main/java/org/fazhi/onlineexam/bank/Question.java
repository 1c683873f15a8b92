package org.fazhi.onlineexam.bank;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;

/**
 * A question of the bank. Options are labelled A, B, C… in their order; the answer is kept in one canonical form
 * per type, so that marking compares strings: SINGLE one letter ("B"), MULTIPLE two or more letters in order
 * ("ACD"), TRUE_FALSE "T" or "F", CASE the reference answer a marker reads. People type answers in many ways
 * ("a,c,d", "对", "√", "正确"); {@link #canonicalAnswer} reads them all, for the key and for a candidate's answer.
 *
 * <p>Every wrong field is named at once. {@code laws} are titles, normally from the law catalogue (free text is
 * allowed, as in study sessions); a paper rule can ask for questions on given laws.
 */
public record Question(Long id, QuestionType type, String stem, List<String> options, String answer, int points,
                       Difficulty difficulty, List<String> laws, String analysis, boolean active, int version) {
    public static final int STEM_MAX = 2000;
    public static final int OPTION_MAX = 500;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 8;
    public static final int CASE_ANSWER_MAX = 4000;
    public static final int ANALYSIS_MAX = 2000;
    public static final int POINTS_MAX = 100;
    public static final int LAW_MAX = 100;
    public static final int LAWS_MAX = 10;

    public Question {
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Checks.optionalId(id, "id", "试题"));
        errors.check(() -> Checks.required(type, "type", "题型"));
        stem = errors.check(stem, v -> Checks.requiredText(v, "stem", "题干", STEM_MAX));
        QuestionType t = type;
        options = errors.check(options, v -> checkedOptions(t, v));
        List<String> opts = options;
        // With no type or wrong options the answer cannot be judged: the error is theirs, not the answer's.
        answer = errors.check(answer, v -> t == null || opts == null ? v : canonicalAnswer(t, v, opts.size(), "answer", "答案"));
        errors.refuseIf(points < 1 || points > POINTS_MAX, "points", "分值应在1到" + POINTS_MAX + "分之间");
        errors.check(() -> Checks.required(difficulty, "difficulty", "难度"));
        laws = errors.check(laws, Question::checkedLaws);
        analysis = errors.check(analysis, v -> Checks.optionalText(v, "analysis", "解析", ANALYSIS_MAX));
        errors.check(() -> Checks.version(version));
        errors.throwIfAny();
    }

    /** A new question, active, to be stored. */
    public static Question draft(QuestionType type, String stem, List<String> options, String answer, int points,
                                 Difficulty difficulty, List<String> laws, String analysis) {
        return new Question(null, type, stem, options, answer, points, difficulty, laws, analysis, true, 0);
    }

    /** The label of the option at {@code index}: A, B, C…. */
    public static String label(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /**
     * The canonical form of an answer to a question of {@code type} with {@code optionCount} options, or a
     * {@link ValidationException} on {@code field} saying what is wrong. Reads "b", "A,C,D", "a c d", "ＡＣ",
     * "对"/"错", "√"/"×", "正确"/"错误", "T"/"F", "true"/"false"; for CASE the stripped text.
     */
    public static String canonicalAnswer(QuestionType type, String given, int optionCount, String field, String label) {
        if (type == QuestionType.CASE) {
            return Checks.requiredText(given, field, label, CASE_ANSWER_MAX);
        }
        if (given == null || given.isBlank()) {
            throw new ValidationException(field, label + "不能为空");
        }
        String v = java.text.Normalizer.normalize(given.strip(), java.text.Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        if (type == QuestionType.TRUE_FALSE) {
            return switch (v) {
                case "T", "TRUE", "对", "正确", "√", "✓", "是", "Y" -> "T";
                case "F", "FALSE", "错", "错误", "×", "✗", "X", "否", "N" -> "F";
                default -> throw new ValidationException(field, label + "“" + given.strip() + "”无效,判断题应为“对”或“错”");
            };
        }
        Set<Character> letters = new java.util.TreeSet<>();
        for (char c : v.toCharArray()) {
            if (c == ',' || c == '、' || c == ' ' || c == ';' || c == '，') {
                continue;
            }
            if (c < 'A' || c >= 'A' + optionCount) {
                throw new ValidationException(field, label + "“" + given.strip() + "”无效,应为选项"
                        + (optionCount > 0 ? "A到" + label(optionCount - 1) : "") + "中的字母");
            }
            if (!letters.add(c)) {
                throw new ValidationException(field, label + "“" + given.strip() + "”中选项" + c + "重复");
            }
        }
        if (type == QuestionType.SINGLE && letters.size() != 1) {
            throw new ValidationException(field, label + "“" + given.strip() + "”无效,单选题只有一个正确选项");
        }
        if (type == QuestionType.MULTIPLE && letters.size() < 2) {
            throw new ValidationException(field, label + "“" + given.strip() + "”无效,多选题至少有两个正确选项");
        }
        StringBuilder out = new StringBuilder();
        letters.forEach(out::append);
        return out.toString();
    }

    private static List<String> checkedOptions(QuestionType type, List<String> given) {
        List<String> options = given == null ? List.of() : given;
        if (type == null) {
            return List.copyOf(options);
        }
        if (!type.hasOptions()) {
            if (options.stream().anyMatch(o -> o != null && !o.isBlank())) {
                throw new ValidationException("options", type.label() + "没有选项");
            }
            return List.of();
        }
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw new ValidationException("options", type.label() + "应有" + MIN_OPTIONS + "到" + MAX_OPTIONS + "个选项");
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String o = Checks.requiredText(options.get(i), "options", "选项" + label(i), OPTION_MAX);
            if (!seen.add(o)) {
                throw new ValidationException("options", "选项" + label(i) + "与前面的选项相同");
            }
            out.add(o);
        }
        return List.copyOf(out);
    }

    private static List<String> checkedLaws(List<String> given) {
        Set<String> out = new LinkedHashSet<>();
        for (String law : given == null ? List.<String>of() : given) {
            String l = Checks.optionalText(law, "laws", "所涉法律法规", LAW_MAX);
            if (l != null) {
                out.add(l);
            }
        }
        if (out.size() > LAWS_MAX) {
            throw new ValidationException("laws", "所涉法律法规最多" + LAWS_MAX + "部");
        }
        return List.copyOf(out);
    }
}
