package org.fazhi.onlineexam.exam;

import java.util.List;
import org.fazhi.onlineexam.bank.QuestionType;

/**
 * A question as it was asked in one variant of an exam: a snapshot of the bank question ({@code questionId}) taken
 * when the paper was assembled, with the part's points. {@code answer} is the key in canonical form (never sent to
 * a candidate).
 */
public record PaperQuestion(long id, String variant, int position, Long questionId, QuestionType type, String stem,
                            List<String> options, String answer, int points, List<String> laws) {
}
