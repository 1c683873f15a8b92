package org.fazhi.model.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.fazhi.model.ValidationException;

/** Year checks and the year-in-progress arithmetic that pace judgements need. */
public final class Years {
    /** Ledgers before the 2016 规定 are rare; 2000 leaves room for old imports. */
    public static final int MIN = 2000;
    public static final int MAX = 2100;

    // STRICT with 'uuuu' rejects impossible dates such as 2023-02-30 instead of rolling them over.
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Years() {
    }

    public static int check(int year, String field) {
        if (year < MIN || year > MAX) {
            throw new ValidationException(field, "年度必须在" + MIN + "到" + MAX + "之间");
        }
        return year;
    }

    /** Parses yyyy-MM-dd strictly, naming the field in the error. */
    public static LocalDate parseDate(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, label + "不能为空");
        }
        try {
            LocalDate d = LocalDate.parse(text.strip(), ISO);
            check(d.getYear(), field);
            return d;
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, label + "“" + text.strip() + "”不是有效日期,格式应为 2024-03-15");
        }
    }

    /** The quarters of {@code year} that have fully ended by {@code today}: 0 to 4. */
    public static int quartersEnded(int year, LocalDate today) {
        if (today.getYear() < year) {
            return 0;
        }
        if (today.getYear() > year) {
            return 4;
        }
        Quarter current = Quarter.of(today);
        return today.equals(current.end()) ? current.number() : current.number() - 1;
    }

    /** The share of {@code year} elapsed by the end of {@code today}, 0.0 to 1.0. */
    public static double elapsedShare(int year, LocalDate today) {
        if (today.getYear() < year) {
            return 0.0;
        }
        if (today.getYear() > year) {
            return 1.0;
        }
        return (double) today.getDayOfYear() / today.lengthOfYear();
    }
}
