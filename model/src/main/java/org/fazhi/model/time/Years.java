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
            String written = text.strip();
            throw new ValidationException(field, whyNoSuchDay(written)
                    .map(why -> label + "“" + written + "”不存在:" + why)
                    .orElse(label + "“" + written + "”不是有效日期,格式应为 2024-03-15"));
        }
    }

    private static final java.util.regex.Pattern WRITTEN_DATE =
            java.util.regex.Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    /**
     * For a date written in a right form whose month or day does not exist, what is wrong in words a clerk
     * reads at once ("2025年2月没有30日", "2023年2月没有29日(2023年不是闰年)", "2025年没有13月"); empty
     * when the text is not such a date, or the date exists.
     */
    public static java.util.Optional<String> whyNoSuchDay(String text) {
        java.util.regex.Matcher m = text == null ? null : WRITTEN_DATE.matcher(text.strip());
        if (m == null || !m.matches()) {
            return java.util.Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return java.util.Optional.of(year + "年没有" + month + "月");
        }
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        if (day >= 1 && day <= ym.lengthOfMonth()) {
            return java.util.Optional.empty();
        }
        String leap = month == 2 && day == 29 ? "(" + year + "年不是闰年)" : "";
        return java.util.Optional.of(year + "年" + month + "月没有" + day + "日" + leap);
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
