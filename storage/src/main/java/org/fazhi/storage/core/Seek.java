package org.fazhi.storage.core;

/**
 * A condition written out in full for a filter that was given, beside the query's {@code (:x IS NULL OR …)}
 * form. A list query takes its optional filters as {@code (:year IS NULL OR r.year = :year)} so that one
 * statement serves every combination; SQLite's planner cannot seek an index through that form, and reads every
 * year's rows to keep one year's. Defined into the statement ({@code <yearSeek>} before the filters) when the
 * value is there, the plain condition lets it seek. Values come from code only, never from a request.
 */
public final class Seek {
    private Seek() {
    }

    /** {@code condition} followed by {@code AND} when {@code value} is given, else nothing. */
    public static String when(Object value, String condition) {
        return value == null ? "" : condition + " AND ";
    }
}
