package org.fazhi.web.onlineexam;

import java.util.List;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.onlineexam.bank.Difficulty;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionFilter;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.web.api.Params;

/** The JSON shapes of the question bank (docs/API.md, "Phones on the office network"). */
public final class QuestionJson {
    private QuestionJson() {
    }

    /**
     * {id, type, stem, options:[…], answer, points, difficulty, laws:[…], analysis, active, version} and, read-only,
     * the labels of the codes. On POST/PUT: difficulty defaults to MEDIUM; active (PUT only) retires or restores, null
     * keeps it.
     */
    public record Q(Long id, String type, String typeLabel, String stem, List<String> options, String answer,
                    Integer points, String difficulty, String difficultyLabel, List<String> laws, String analysis,
                    Boolean active, Integer version) {
        static Q of(Question q) {
            return new Q(q.id(), q.type().name(), q.type().label(), q.stem(), q.options(), q.answer(), q.points(),
                    q.difficulty().name(), q.difficulty().label(), q.laws(), q.analysis(), q.active(), q.version());
        }

        Question toDraft() {
            return draft(type, stem, options, answer, points, difficulty, laws, analysis);
        }
    }

    /** Parses the typed fields of the API and the form alike, collecting every problem (the question adds its own). */
    static Question draft(String type, String stem, List<String> options, String answer, Integer points, String difficulty,
                          List<String> laws, String analysis) {
        FieldErrors errors = new FieldErrors();
        QuestionType t = errors.check(() -> QuestionType.parse(type));
        Difficulty d = difficulty == null || difficulty.isBlank() ? Difficulty.MEDIUM : errors.check(() -> Difficulty.parse(difficulty));
        errors.refuseIf(points == null, "points", "分值不能为空");
        // The question's own checks run even so, on a stand-in for missing points, so that every other wrong field is
        // named in the same answer (a type or difficulty that did not parse is named once: the first per field).
        Question q = errors.check(() -> Question.draft(t, stem, options, answer, points == null ? 1 : points, d, laws,
                analysis));
        errors.throwIfAny();
        return q;
    }

    /** The list's query values: ?q= (in the stem) &law= &type= &difficulty= &active=true|false. */
    static QuestionFilter filter(String q, String law, String type, String difficulty, String active) {
        FieldErrors errors = new FieldErrors();
        QuestionType t = blank(type) ? null : errors.check(() -> QuestionType.parse(type));
        Difficulty d = blank(difficulty) ? null : errors.check(() -> Difficulty.parse(difficulty));
        Boolean a = blank(active) ? null : errors.check(() -> switch (active.strip()) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new ValidationException("active", "状态应为 true(启用)或 false(停用)");
        });
        errors.throwIfAny();
        return new QuestionFilter(q, law, t, d, a);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** An id in the path, for the 404 of one that is no number. */
    static long id(String text) {
        return Params.pathId(text, "试题");
    }
}
