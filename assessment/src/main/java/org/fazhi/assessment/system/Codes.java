package org.fazhi.assessment.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.fazhi.model.Coded;

/** Lists of coded values in one cell or column: "文件、图片" in a sheet, "FILE,IMAGE" in the database. */
final class Codes {
    private Codes() {
    }

    static <E extends Enum<E> & Coded> List<E> parseList(String cell, Function<String, E> parse) {
        List<E> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return out;
        }
        for (String part : cell.strip().split("\\s*[、,,;;/\\s]\\s*")) {
            if (!part.isEmpty()) {
                E e = parse.apply(part);
                if (!out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    static String labels(List<? extends Coded> values) {
        return String.join("、", values.stream().map(Coded::label).toList());
    }

    /** The database column: codes separated by commas; null for an empty list. */
    static String column(List<? extends Enum<?>> values) {
        return values.isEmpty() ? null : String.join(",", values.stream().map(Enum::name).toList());
    }

    static <E extends Enum<E>> List<E> fromColumn(String column, Class<E> type) {
        List<E> out = new ArrayList<>();
        if (column != null) {
            for (String code : column.split(",")) {
                out.add(Enum.valueOf(type, code));
            }
        }
        return out;
    }
}
