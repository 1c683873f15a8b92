package org.fazhi.model;

import java.time.LocalDate;
import org.fazhi.model.time.Years;

/** Constructor checks shared by the records; every failure names the API field in Chinese. */
public final class Checks {
    private Checks() {
    }

    /** Strips the text and requires it to be present and at most {@code max} characters. */
    public static String requiredText(String value, String field, String label, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, label + "不能为空");
        }
        return maxLength(value.strip(), field, label, max);
    }

    /** Strips the text; blank becomes null; at most {@code max} characters. */
    public static String optionalText(String value, String field, String label, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return maxLength(value.strip(), field, label, max);
    }

    public static <T> T required(T value, String field, String label) {
        if (value == null) {
            throw new ValidationException(field, label + "不能为空");
        }
        return value;
    }

    public static Long optionalId(Long id, String field, String label) {
        if (id != null && id <= 0) {
            throw new ValidationException(field, label + "编号必须是正整数");
        }
        return id;
    }

    public static long requiredId(Long id, String field, String label) {
        if (id == null) {
            throw new ValidationException(field, label + "不能为空");
        }
        return optionalId(id, field, label);
    }

    /** A reference to a stored row that a record cannot do without (a unit, a person): a positive id. */
    public static long requiredRef(long id, String field, String label) {
        if (id <= 0) {
            throw new ValidationException(field, label + "不能为空");
        }
        return id;
    }

    /** A date that must be given, in the years a ledger holds ({@link Years#check}). */
    public static LocalDate requiredDate(LocalDate date, String field, String label) {
        required(date, field, label);
        Years.check(date.getYear(), field);
        return date;
    }

    /** A date that may be missing; when given, in the years a ledger holds ({@link Years#check}). */
    public static LocalDate optionalDate(LocalDate date, String field) {
        if (date != null) {
            Years.check(date.getYear(), field);
        }
        return date;
    }

    /** A stored row's optimistic-locking version (0 for a draft). */
    public static int version(int version) {
        if (version < 0) {
            throw new ValidationException("version", "版本号不能为负数");
        }
        return version;
    }

    private static String maxLength(String value, String field, String label, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            throw new ValidationException(field, label + "不能超过" + max + "个字");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // Control characters break exports and printouts; tabs and newlines are fine in notes.
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                throw new ValidationException(field, label + "含有不可见的控制字符");
            }
        }
        return value;
    }
}
