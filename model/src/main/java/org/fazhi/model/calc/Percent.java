package org.fazhi.model.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate in percent, rounded half-up to one decimal, as the reports print it:
 * 728 of 1095 is 66.5% (66.484…).
 */
public record Percent(long numerator, long denominator, BigDecimal value) {
    public Percent {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** The rate, or a rate with a null value when the denominator is zero (nothing to judge). */
    public static Percent of(long numerator, long denominator) {
        if (denominator == 0) {
            return new Percent(numerator, 0, null);
        }
        BigDecimal v = BigDecimal.valueOf(numerator)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new Percent(numerator, denominator, v);
    }

    public boolean defined() {
        return value != null;
    }

    /** "66.5%", or "—" when there is nothing to divide by. */
    public String text() {
        return value == null ? "—" : value.toPlainString() + "%";
    }

    @Override
    public String toString() {
        return text();
    }
}
