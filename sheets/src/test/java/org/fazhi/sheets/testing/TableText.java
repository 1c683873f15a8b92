package org.fazhi.sheets.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.sheets.TableStream;
import org.fazhi.sheets.TableWriter;

/** A table as one text to compare, for other modules' tests too (they take it from the sheets test-jar). */
public final class TableText {
    private TableText() {
    }

    /** The CSV download of the table, character for character: what a user reads of an export. */
    public static String csv(TableStream table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            TableWriter.write(table, ExportFormat.CSV, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
