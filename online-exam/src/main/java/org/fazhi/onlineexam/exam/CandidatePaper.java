package org.fazhi.onlineexam.exam;

import java.time.Instant;
import java.util.List;
import org.fazhi.onlineexam.bank.QuestionType;

/**
 * The paper as a candidate sees it: questions in their order, options in their order (letters as shown), the
 * answers saved so far in those letters, and the end time. Never a key. Once submitted, no questions: the score
 * of the objective questions and whether case answers await marking.
 */
public record CandidatePaper(String name, Instant endsAt, boolean submitted, List<Item> questions, Double score,
                             boolean awaitingMarking) {
    /** A question on a candidate's screen: {@code number} from 1, the saved answer or null. */
    public record Item(long id, int number, QuestionType type, String stem, List<String> options, int points, String answer) {
    }
}
