package org.fazhi.model;

/** An enum with a stable API code (its name) and the Chinese label the UI shows. */
public interface Coded {
    String name();

    String label();

    /**
     * Parses an API code, or the Chinese label as people type it in spreadsheets. A value that is neither
     * is refused with a message listing the labels ("题型“选择题”无效,应为:单选题、多选题、判断题、案例分析题").
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
        // People who see this message type labels (in spreadsheets and forms), so it lists the labels only;
        // the codes stay accepted for API clients, who have them from docs/API.md.
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (allowed.length() > 0) {
                allowed.append("、");
            }
            allowed.append(e.label());
        }
        throw new ValidationException(field, fieldLabel + "“" + shorten(v) + "”无效,应为:" + allowed);
    }

    private static String shorten(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
