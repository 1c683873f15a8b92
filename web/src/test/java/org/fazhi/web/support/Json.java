package org.fazhi.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON array's members as a list of text, in the array's order, to compare with an expected list (unlike
 * {@link JsonNode#findValuesAsText}, which also collects the field from nested objects).
 */
public final class Json {
    private Json() {
    }

    /** Each member as text. */
    public static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Each member's {@code field} as text. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    /** A refused import's {@code errors} as "row|column" in order, the column empty for a row's own error. */
    public static List<String> cells(JsonNode errors) {
        List<String> out = new ArrayList<>();
        errors.forEach(e -> out.add(e.get("row").asInt() + "|" + (e.get("column").isNull() ? "" : e.get("column").asText())));
        return out;
    }
}
