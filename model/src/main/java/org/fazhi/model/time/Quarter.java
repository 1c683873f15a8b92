package org.fazhi.model.time;

import java.time.LocalDate;
import org.fazhi.model.ValidationException;

/** A quarter of a year (季度), 1 to 4. */
public record Quarter(int year, int number) implements Comparable<Quarter> {
    public Quarter {
        Years.check(year, "year");
        if (number < 1 || number > 4) {
            throw new ValidationException("quarter", "季度必须是1到4");
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    /** 2024年第1季度 */
    public String label() {
        return year + "年第" + number + "季度";
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }
}
