package org.fazhi.sheets;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.CellText;
import org.fazhi.model.ValidationException;
import org.fazhi.model.time.Years;

/**
 * Reads cell text as people type it in Chinese offices: dates as 2024-03-05, 2024/3/5 or 2024年3月5日
 * (and Excel's own date cells), numbers with full-width digits or a unit ("45分钟"), yes/no as 是/否.
 * Every failure is a {@link ValidationException} whose message names the value.
 */
public final class Cells {
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(?:\\.\\d+)?");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\s*(分钟|分|人|次|min)$");
    /** Day 0 of Excel's 1900 date system, as its serial numbers count (the 1900 leap-year bug included). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Cells() {
    }

    /** Stripped text, or null when blank (no-break spaces count as blank); see {@link CellText}. */
    public static String text(String cell) {
        return CellText.of(cell);
    }

    /** A date in any of the usual spellings, or an Excel serial day number; required. */
    public static LocalDate date(String cell, String label) {
        String s = text(cell);
        if (s == null) {
            throw new ValidationException(null, label + "不能为空");
        }
        String v = Normalizer.normalize(s, Normalizer.Form.NFKC);
        Matcher m = YMD.matcher(v);
        LocalDate d;
        try {
            if (m.matches()) {
                d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if ((m = COMPACT.matcher(v)).matches()) {
                d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if (SERIAL.matcher(v).matches() && Double.parseDouble(v) >= 1) {
                d = EXCEL_EPOCH.plusDays((long) Math.floor(Double.parseDouble(v)));
            } else {
                throw badDate(label, s);
            }
        } catch (DateTimeException e) {
            throw badDate(label, s);
        }
        if (d.getYear() < Years.MIN || d.getYear() > Years.MAX) {
            throw new ValidationException(null, label + "“" + shorten(s) + "”的年份应在" + Years.MIN + "到" + Years.MAX + "之间");
        }
        return d;
    }

    private static ValidationException badDate(String label, String s) {
        // A date written right whose day does not exist is called so, not blamed on its format.
        return new ValidationException(null, Years.whyNoSuchDay(s)
                .map(why -> label + "“" + shorten(s) + "”不存在:" + why)
                .orElse(label + "“" + shorten(s) + "”不是有效日期,应写成 2024-03-15 或 2024/3/15"));
    }

    /** A whole number within bounds, or null when blank; "45.0", "４５" and "45分钟" read as 45. */
    public static Integer integer(String cell, String label, int min, int max) {
        BigDecimal n = number(cell, label);
        if (n == null) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0) {
            throw new ValidationException(null, label + "应为整数,而不是“" + shorten(text(cell)) + "”");
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new ValidationException(null, label + "应在" + min + "到" + max + "之间,而不是" + n.stripTrailingZeros().toPlainString());
        }
        return n.intValueExact();
    }

    /** A decimal number, or null when blank; a trailing unit (分, 分钟, 人, 次) is allowed. */
    public static BigDecimal number(String cell, String label) {
        String s = text(cell);
        if (s == null) {
            return null;
        }
        String v = UNIT_SUFFIX.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("").strip();
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new ValidationException(null, label + "应为数字,而不是“" + shorten(s) + "”");
        }
    }

    /** 是/否 and its usual spellings; blank is 否. */
    public static boolean yesNo(String cell, String label, String... alsoYes) {
        String s = text(cell);
        if (s == null) {
            return false;
        }
        String v = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (String y : alsoYes) {
            if (v.equals(y)) {
                return true;
            }
        }
        return switch (v) {
            case "是", "y", "yes", "true", "1", "√", "✓", "✔" -> true;
            case "否", "n", "no", "false", "0", "×", "✗", "-" -> false;
            default -> throw new ValidationException(null, label + "应填“是”或“否”,而不是“" + shorten(s) + "”");
        };
    }

    static String shorten(String v) {
        return v == null ? "" : v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
