package org.fazhi.model;

/** An enum with a stable API code (its name) and the Chinese label the UI shows. */
public interface Coded {
    String name();

    String label();

    /**
     * Parses an API code, or the Chinese label as people type it in spreadsheets.
     *
     * @param fieldLabel the field's Chinese name, used in the error message
     */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String value, String field, String fieldLabel) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, fieldLabel + "不能为空");
        }
        String v = value.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v) || e.label().equals(v)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (allowed.length() > 0) {
                allowed.append("、");
            }
            allowed.append(e.name()).append("(").append(e.label()).append(")");
        }
        throw new ValidationException(field, fieldLabel + "“" + shorten(v) + "”无效,应为:" + allowed);
    }

    private static String shorten(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
