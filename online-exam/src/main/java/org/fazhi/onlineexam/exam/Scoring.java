package org.fazhi.onlineexam.exam;

import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionType;

/**
 * Marking objective answers and the letters of shuffled options. Points are counted in tenths. Single choice and
 * true/false: the key or nothing. Multiple choice: the key, all or nothing; with partial credit, an answer naming
 * some of the right options and no wrong one earns half the points (a 3-point question 1.5).
 *
 * <p>A candidate sees the options of a question in their own order: {@code order[i]} is the canonical index of the
 * option shown at position i, so shown "A" is canonical {@code label(order[0])}.
 */
final class Scoring {
    private Scoring() {
    }

    /** Tenths of points earned by {@code answer} (canonical, or null when unanswered) to an objective question. */
    static int objectiveTenths(PaperQuestion q, String answer, boolean partialCredit) {
        if (answer == null || answer.isEmpty()) {
            return 0;
        }
        if (answer.equals(q.answer())) {
            return q.points() * 10;
        }
        if (q.type() == QuestionType.MULTIPLE && partialCredit) {
            for (char c : answer.toCharArray()) {
                if (q.answer().indexOf(c) < 0) {
                    return 0;
                }
            }
            return q.points() * 5;
        }
        return 0;
    }

    /** The canonical letters of letters as shown to a candidate with {@code order}, sorted. */
    static String toCanonical(String shown, int[] order) {
        char[] out = new char[shown.length()];
        for (int i = 0; i < shown.length(); i++) {
            out[i] = Question.label(order[shown.charAt(i) - 'A']).charAt(0);
        }
        java.util.Arrays.sort(out);
        return new String(out);
    }

    /** The letters a candidate with {@code order} sees for canonical letters, sorted. */
    static String toShown(String canonical, int[] order) {
        char[] out = new char[canonical.length()];
        for (int i = 0; i < canonical.length(); i++) {
            int index = canonical.charAt(i) - 'A';
            for (int p = 0; p < order.length; p++) {
                if (order[p] == index) {
                    out[i] = Question.label(p).charAt(0);
                }
            }
        }
        java.util.Arrays.sort(out);
        return new String(out);
    }

    /** A random order of {@code n} options (Fisher–Yates with a SecureRandom). */
    static int[] shuffled(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = Secrets.random().nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
