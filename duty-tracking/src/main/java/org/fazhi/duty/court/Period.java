package org.fazhi.duty.court;

import java.time.LocalDate;
import org.fazhi.model.ValidationException;
import org.fazhi.model.time.Quarter;
import org.fazhi.model.time.Years;

/** The period of a rate: a year, one quarter of it, or one month of it; {@code to} is exclusive. */
public record Period(int year, Integer quarter, Integer month, LocalDate from, LocalDate to) {
    public Period {
        Years.check(year, "year");
        if (quarter != null && month != null) {
            throw new ValidationException("quarter", "季度和月份只能选择一个");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new ValidationException("quarter", "季度必须是1到4");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new ValidationException("month", "月份必须是1到12");
        }
    }

    /** A year, or its quarter, or its month (at most one of the two given). */
    public static Period of(int year, Integer quarter, Integer month) {
        Years.check(year, "year");
        if (quarter != null && month == null && quarter >= 1 && quarter <= 4) {
            Quarter q = new Quarter(year, quarter);
            return new Period(year, quarter, null, q.start(), q.end().plusDays(1));
        }
        if (month != null && quarter == null && month >= 1 && month <= 12) {
            LocalDate from = LocalDate.of(year, month, 1);
            return new Period(year, null, month, from, from.plusMonths(1));
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        // The constructor rejects a bad quarter or month (or both given) with its message.
        return new Period(year, quarter, month, from, from.plusYears(1));
    }

    public static Period year(int year) {
        return of(year, null, null);
    }

    /** 2024年, 2024年第1季度, 2024年3月 */
    public String label() {
        if (quarter != null) {
            return year + "年第" + quarter + "季度";
        }
        if (month != null) {
            return year + "年" + month + "月";
        }
        return year + "年";
    }
}
