package org.fazhi.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** What .xlsx and .xls cells share: which number formats show a date, and numbers as the user reads them. */
final class ExcelFormats {
    /** Day 0 of Excel's 1900 date system. */
    static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private ExcelFormats() {
    }

    /** A number without trailing zeros ("12", "0.5"), or null. */
    static String plain(BigDecimal n) {
        return n == null ? null : n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    /** Whether a number format shows a date: Excel's built-in date formats or a format with y, m or d. */
    static boolean isDateFormat(Integer id, String f) {
        // Built-in formats: 14–17 and 22 dates, 27–31, 36 and 50–58 the Chinese 年月日 ones (18–21, 32–35, 45–47 are times).
        if (id != null && ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 58))) {
            return true;
        }
        if (f == null) {
            return false;
        }
        // Ignore quoted text ("年") and [colour]/[locale] parts, then look for date letters.
        String bare = f.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "").toLowerCase(Locale.ROOT);
        return bare.matches(".*[ymd].*") && !bare.equals("general");
    }
}
