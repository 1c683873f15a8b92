package org.fazhi.assessment.system;

import java.math.BigDecimal;
import org.fazhi.model.ValidationException;

/**
 * Points and scores have one decimal (12.5 分). They are stored as whole tenths (125), so sums and
 * comparisons are exact and read the same on SQLite and PostgreSQL.
 */
public final class Points {
    /** No indicator system is worth more than this in all. */
    public static final int MAX = 10_000;

    private Points() {
    }

    /**
     * The value in tenths: at least 0, at most {@code max}, one decimal at most.
     *
     * @throws ValidationException on {@code field}, naming {@code label}
     */
    public static int tenths(BigDecimal value, String field, String label, BigDecimal max) {
        if (value == null) {
            throw new ValidationException(field, label + "不能为空");
        }
        if (value.signum() < 0) {
            throw new ValidationException(field, label + "不能小于0,而不是" + text(value));
        }
        if (value.compareTo(max) > 0) {
            throw new ValidationException(field, label + "不能超过" + text(max) + "分,而不是" + text(value));
        }
        if (value.stripTrailingZeros().scale() > 1) {
            throw new ValidationException(field, label + "最多保留一位小数,而不是" + text(value));
        }
        return value.movePointRight(1).intValueExact();
    }

    /** Tenths as the decimal people read (125 → 12.5). */
    public static BigDecimal of(int tenths) {
        return BigDecimal.valueOf(tenths, 1);
    }

    /** Tenths as the decimal people read; null stays null. */
    public static BigDecimal of(Integer tenths) {
        return tenths == null ? null : of(tenths.intValue());
    }

    /** "12.5", "12" (no trailing ".0"). */
    public static String text(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
