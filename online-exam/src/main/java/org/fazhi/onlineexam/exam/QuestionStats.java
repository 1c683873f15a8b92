package org.fazhi.onlineexam.exam;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionType;
import org.jdbi.v3.core.Handle;

/**
 * How a question fared on submitted papers: {@code asked} papers had it, {@code correct} of them earned all its
 * points, {@code marked} have points so far with {@code averagePoints} on average (null when none), and how often
 * each option was picked, by its canonical letter ({@code picks}, for single and multiple choice; "T"/"F" for
 * true/false). {@code examQuestionId} is the question as asked in one exam, or null for a bank question across exams.
 */
public record QuestionStats(Long examQuestionId, Long questionId, QuestionType type, String variant, int position,
                            int asked, int correct, int marked, Double averagePoints, Map<String, Integer> picks) {

    /** The figures over the given snapshots of one question (one exam's, or a bank question's in every exam). */
    static QuestionStats of(Handle h, List<PaperQuestion> snapshots) {
        int asked = 0;
        int correct = 0;
        int marked = 0;
        long tenths = 0;
        Map<String, Integer> picks = new TreeMap<>();
        PaperQuestion first = snapshots.isEmpty() ? null : snapshots.get(0);
        if (first != null && first.type().hasOptions()) {
            for (int i = 0; i < first.options().size(); i++) {
                picks.put(Question.label(i), 0);
            }
        } else if (first != null && first.type() == QuestionType.TRUE_FALSE) {
            picks.put("T", 0);
            picks.put("F", 0);
        }
        for (PaperQuestion q : snapshots) {
            for (var row : h.createQuery("SELECT a.answer, a.points_tenths FROM exam_answers a JOIN exam_candidates c "
                            + "ON c.id = a.candidate_id WHERE a.exam_question_id = :q AND c.status = 'SUBMITTED'")
                    .bind("q", q.id()).map((rs, ctx) -> {
                        int p = rs.getInt(2);
                        Integer points = rs.wasNull() ? null : p;
                        return new Object[] {rs.getString(1), points};
                    }).list()) {
                asked++;
                String answer = (String) row[0];
                Integer p = (Integer) row[1];
                if (p != null) {
                    marked++;
                    tenths += p;
                    if (p == q.points() * 10) {
                        correct++;
                    }
                }
                if (answer != null && q.type() != QuestionType.CASE) {
                    for (char c : answer.toCharArray()) {
                        picks.merge(String.valueOf(c), 1, Integer::sum);
                    }
                }
            }
        }
        boolean one = snapshots.size() == 1;
        return new QuestionStats(one ? first.id() : null, first == null ? null : first.questionId(),
                first == null ? null : first.type(), one ? first.variant() : null, one ? first.position() : 0, asked, correct,
                marked, marked == 0 ? null : Math.round(tenths * 10.0 / marked) / 100.0, picks);
    }
}
