package org.fazhi.model;

/** A window on a list: {@code ?limit=} (default 1000, at most 10000) and {@code ?offset=}. */
public record Page(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 10000;
    public static final Page FIRST = new Page(DEFAULT_LIMIT, 0);

    public Page {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "每页条数必须在1到" + MAX_LIMIT + "之间");
        }
        if (offset < 0) {
            throw new ValidationException("offset", "起始位置不能为负数");
        }
    }

    /** Parses the query parameters as they arrive (null when absent). */
    public static Page parse(String limit, String offset) {
        return new Page(parseInt(limit, "limit", "每页条数", DEFAULT_LIMIT), parseInt(offset, "offset", "起始位置", 0));
    }

    private static int parseInt(String text, String field, String label, int dflt) {
        if (text == null || text.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, label + "必须是整数");
        }
    }
}
