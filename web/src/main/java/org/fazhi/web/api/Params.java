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
