package org.fazhi.training.study;

import java.time.LocalDate;
import java.util.Arrays;
import org.fazhi.model.time.Years;

/**
 * Whether a unit met one quota in one year, from its counts per quarter. A past year is judged on the
 * total; the current year on pace — what was due by the quarters already ended — so nobody is "behind"
 * in March for a yearly quota. Pure arithmetic; the counts come from SQL.
 */
public record QuotaJudgement(int required, int due, int held, int[] perQuarter, boolean compliant, boolean finalJudgement) {

    /**
     * @param perQuarter sessions that count for the rule in quarters 1–4 of {@code year}
     */
    public static QuotaJudgement judge(QuotaRule rule, int year, int[] perQuarter, LocalDate today) {
        int[] q = Arrays.copyOf(perQuarter, 4);
        int held = Arrays.stream(q).sum();
        int ended = Years.quartersEnded(year, today);
        boolean done = ended == 4;
        if (rule.period() == QuotaPeriod.YEAR) {
            int required = rule.minimum();
            // Pace: the share of the yearly minimum belonging to the quarters already ended, rounded down.
            int due = done ? required : required * ended / 4;
            return new QuotaJudgement(required, due, held, q, held >= due, done);
        }
        int required = rule.minimum() * 4;
        int due = rule.minimum() * ended;
        boolean ok = true;
        for (int i = 0; i < ended; i++) {
            ok &= q[i] >= rule.minimum();
        }
        return new QuotaJudgement(required, due, held, q, ok, done);
    }

    /** Whether quarter {@code n} (1–4) met a quarterly minimum; null when not judged (yearly rule or not ended). */
    public Boolean quarterMet(QuotaRule rule, int n, int year, LocalDate today) {
        if (rule.period() != QuotaPeriod.QUARTER || n > Years.quartersEnded(year, today)) {
            return null;
        }
        return perQuarter[n - 1] >= rule.minimum();
    }
}
