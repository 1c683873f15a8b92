package org.fazhi.sheets.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.TableStream;
import org.fazhi.sheets.TableWriter;

/**
 * A table, or an import's problem, as one text to compare, for other modules' tests too (they take it from the sheets
 * test-jar).
 */
public final class TableText {
    private TableText() {
    }

    /** The CSV download of the table, character for character: what a user reads of an export. */
    public static String csv(TableStream table) {
        return new String(bytes(table, ExportFormat.CSV), StandardCharsets.UTF_8);
    }

    /** The Excel download of the table, as a user would upload it again. */
    public static byte[] xlsx(TableStream table) {
        return bytes(table, ExportFormat.XLSX);
    }

    /** A problem of an import as "row column message", e.g. "4 题干 与第3行是同一道单选题(题干相同)". */
    public static String line(RowErrors.RowError e) {
        return e.row() + " " + e.column() + " " + e.message();
    }

    /** The download of the table in {@code format}, byte for byte. */
    public static byte[] bytes(TableStream table, ExportFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            TableWriter.write(table, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
