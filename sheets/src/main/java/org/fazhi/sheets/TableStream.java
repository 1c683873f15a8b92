package org.fazhi.sheets;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table whose rows are produced while the file is written, so an export of 100,000 rows never
 * sits in memory whole. {@code notes}, when given, become a second sheet "填写说明" of an .xlsx
 * (import templates explain their columns there); CSV has no room for them.
 */
public record TableStream(String fileName, String sheetName, List<String> headers, Rows rows, List<String> notes) {
    /** Emits the rows in order; called once, while the download is written. */
    @FunctionalInterface
    public interface Rows {
        void emit(Consumer<List<Object>> row) throws IOException;
    }

    public TableStream {
        headers = List.copyOf(headers);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public TableStream(String fileName, String sheetName, List<String> headers, Rows rows) {
        this(fileName, sheetName, headers, rows, List.of());
    }

    /** An export's file name: "整改台账-2024年-2025-03-01", or "…-全部-…" for every year. */
    public static String fileName(String what, Integer year, LocalDate today) {
        return what + "-" + (year == null ? "全部" : year + "年") + "-" + today;
    }
}
