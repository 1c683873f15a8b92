package org.fazhi.web.api;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.time.Years;

/**
 * Query and path parameters arrive as text and are parsed here, so that {@code ?orgId=abc} gets a
 * Chinese message naming the parameter instead of a bare 404 from the framework.
 */
public final class Params {
    public static final String TOTAL_COUNT = "X-Total-Count";

    private Params() {
    }

    /** A path id: anything that is not a positive number is an unknown record (404). */
    public static long pathId(String text, String what) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the 404 below
        }
        throw new NotFoundException(what + "不存在(编号 " + shorten(text) + ")");
    }

    public static Long optionalId(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw new ValidationException(field, label + "编号必须是正整数");
    }

    /** ?orgId= or a form's unit: the unit a list, figure or export is filtered to; blank is null. */
    public static Long optionalOrg(String text) {
        return optionalId(text, "orgId", "单位");
    }

    /** ?year= or a form's year; blank is null; a year outside the ledger's range is refused. */
    public static Integer optionalYear(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Years.check(Integer.parseInt(text.strip()), "year");
        } catch (NumberFormatException e) {
            throw new ValidationException("year", "年度必须是四位数字,例如 2024");
        }
    }

    /** The year asked for, or {@code dflt}. */
    public static int yearOr(String text, int dflt) {
        Integer y = optionalYear(text);
        return y == null ? dflt : y;
    }

    /** A whole number typed into a form or a URL; blank is null. */
    public static Integer optionalInt(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, label + "必须是整数");
        }
    }

    /** The version a form sent back (unstripped, as the page wrote it); none is null, anything else not a number is refused. */
    public static Integer version(String text, String refusal) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new ValidationException("version", refusal);
        }
    }

    /** A score such as 86 or 86.5 typed into a form; blank is null. */
    public static Double optionalScore(String text, String field, String label) {
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
            throw new ValidationException(field, label + "应为数字,例如 86 或 86.5");
        }
    }

    /** 86.0 → "86", 86.5 → "86.5"; no score is "". */
    public static String scoreText(Double d) {
        return d == null ? "" : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    public static LocalDate optionalDate(String text, String field, String label) {
        return text == null || text.isBlank() ? null : Years.parseDate(text, field, label);
    }

    /** A JSON list answer with the full count in X-Total-Count. */
    public static Response list(PageResult<?> page) {
        return Response.ok(page.items()).header(TOTAL_COUNT, page.total()).build();
    }

    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new ValidationException(null, "请求内容不能为空,应为一个 JSON 对象");
        }
        return body;
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
