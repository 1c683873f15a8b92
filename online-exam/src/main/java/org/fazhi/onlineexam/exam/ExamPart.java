package org.fazhi.onlineexam.exam;

import org.fazhi.model.ValidationException;
import org.fazhi.onlineexam.bank.QuestionType;

/** One part of a paper: {@code count} questions of {@code type}, each worth {@code points} (whatever the bank says). */
public record ExamPart(QuestionType type, int count, int points) {
    public static final int COUNT_MAX = 200;

    public ExamPart {
        if (type == null) {
            throw new ValidationException("parts", "题型不能为空");
        }
        if (count < 1 || count > COUNT_MAX) {
            throw new ValidationException("parts", type.label() + "题量应在1到" + COUNT_MAX + "道之间");
        }
        if (points < 1 || points > org.fazhi.onlineexam.bank.Question.POINTS_MAX) {
            throw new ValidationException("parts", type.label() + "每题分值应在1到"
                    + org.fazhi.onlineexam.bank.Question.POINTS_MAX + "分之间");
        }
    }

    /** The part's points: count × points. */
    public int total() {
        return count * points;
    }
}
