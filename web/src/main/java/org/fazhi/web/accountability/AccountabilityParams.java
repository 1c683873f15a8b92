package org.fazhi.web.accountability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fazhi.duty.lawreport.LawReportFilter;
import org.fazhi.duty.rectify.RectificationFilter;
import org.fazhi.model.ValidationException;
import org.fazhi.model.time.Years;
import org.fazhi.web.api.Params;

/** Query and form values of the 述法 and 整改 ledgers, parsed with messages that name the field. */
final class AccountabilityParams {
    private AccountabilityParams() {
    }

    static Integer optionalYear(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Years.check(Integer.parseInt(text.strip()), "year");
        } catch (NumberFormatException e) {
            throw new ValidationException("year", "年度必须是四位数字,例如 2024");
        }
    }

    static int yearOr(String text, int dflt) {
        Integer y = optionalYear(text);
        return y == null ? dflt : y;
    }

    static LawReportFilter lawReportFilter(String orgId, Integer year, String personId) {
        return new LawReportFilter(Params.optionalId(orgId, "orgId", "单位"), year,
                Params.optionalId(personId, "personId", "人员"));
    }

    static RectificationFilter rectificationFilter(String orgId, Integer year, String status, String q) {
        return RectificationFilter.of(Params.optionalId(orgId, "orgId", "单位"), year, status, q);
    }

    /** A whole number typed into a form; blank is null. */
    static Integer optionalInt(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, label + "必须是整数");
        }
    }

    /** A score such as 86 or 86.5 typed into a form; blank is null. */
    static Double optionalScore(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new ValidationException("score", "得分应为数字,例如 86 或 86.5");
        }
    }

    /** "k1=v1&k2=v2" of the non-blank pairs, URL-encoded, for links that keep a list's filters. */
    static String query(String... kv) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null && !kv[i + 1].isBlank()) {
                b.append(b.length() == 0 ? "" : "&").append(kv[i]).append('=')
                        .append(URLEncoder.encode(kv[i + 1].strip(), StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }
}
