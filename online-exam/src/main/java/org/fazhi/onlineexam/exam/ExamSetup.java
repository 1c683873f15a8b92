package org.fazhi.onlineexam.exam;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.onlineexam.bank.QuestionType;

/**
 * How an exam is set up: minutes allowed (1–300), the variants drawn by lot ("A", or "A" and "B"…), the parts
 * (a type at most once each), the laws the paper must cover (each at least one question of every variant), and
 * whether multiple choice earns partial credit: with it, an answer naming some of the right options and no wrong
 * one earns half the question's points; without it (the default) a multiple choice answer is all or nothing.
 */
public record ExamSetup(int minutes, List<String> variants, List<ExamPart> parts, List<String> laws, boolean partialCredit) {
    public static final int MINUTES_MAX = 300;
    public static final int VARIANTS_MAX = 4;
    public static final int LAWS_MAX = 20;

    public ExamSetup {
        FieldErrors errors = new FieldErrors();
        errors.refuseIf(minutes < 1 || minutes > MINUTES_MAX, "minutes", "考试时长应在1到" + MINUTES_MAX + "分钟之间");
        variants = errors.check(variants, ExamSetup::checkedVariants);
        parts = errors.check(parts, ExamSetup::checkedParts);
        laws = errors.check(laws, ExamSetup::checkedLaws);
        errors.throwIfAny();
    }

    /** The paper's total points: the sum of its parts. */
    public int total() {
        return parts.stream().mapToInt(ExamPart::total).sum();
    }

    private static List<String> checkedVariants(List<String> given) {
        if (given == null || given.isEmpty()) {
            return List.of("A");
        }
        if (given.size() > VARIANTS_MAX) {
            throw new ValidationException("variants", "试卷最多" + VARIANTS_MAX + "套(A到D)");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String expected = String.valueOf((char) ('A' + i));
            String v = given.get(i) == null ? "" : given.get(i).strip().toUpperCase(java.util.Locale.ROOT);
            if (!v.equals(expected)) {
                throw new ValidationException("variants", "试卷套别应依次为A、B、C、D,第" + (i + 1) + "套为“" + given.get(i) + "”");
            }
            out.add(v);
        }
        return List.copyOf(out);
    }

    private static List<ExamPart> checkedParts(List<ExamPart> given) {
        if (given == null || given.isEmpty()) {
            throw new ValidationException("parts", "请至少设置一种题型");
        }
        Set<QuestionType> seen = new HashSet<>();
        for (ExamPart p : given) {
            if (p == null) {
                throw new ValidationException("parts", "题型设置不能为空");
            }
            if (!seen.add(p.type())) {
                throw new ValidationException("parts", p.type().label() + "重复设置");
            }
        }
        return List.copyOf(given);
    }

    private static List<String> checkedLaws(List<String> given) {
        Set<String> out = new LinkedHashSet<>();
        for (String law : given == null ? List.<String>of() : given) {
            String l = Checks.optionalText(law, "laws", "须覆盖的法律法规", org.fazhi.onlineexam.bank.Question.LAW_MAX);
            if (l != null) {
                out.add(l);
            }
        }
        if (out.size() > LAWS_MAX) {
            throw new ValidationException("laws", "须覆盖的法律法规最多" + LAWS_MAX + "部");
        }
        return List.copyOf(out);
    }
}
