package org.fazhi.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a {@link TableStream} as .xlsx (fastexcel, streamed) or CSV (commons-csv, Excel's dialect). */
public final class TableWriter {
    /** Rows kept by fastexcel before they are written out; bounds memory on big exports. */
    private static final int FLUSH_EVERY = 1000;

    private TableWriter() {
    }

    public static void write(TableStream table, ExportFormat format, OutputStream out) throws IOException {
        try {
            if (format == ExportFormat.CSV) {
                csv(table, out);
            } else {
                xlsx(table, out);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void csv(TableStream table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL);
        p.printRecord(table.headers());
        table.rows().emit(row -> {
            try {
                p.printRecord(row.stream().map(v -> v == null ? "" : safeText(v)).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        p.flush();
    }

    private static void xlsx(TableStream table, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "FazhiLedger", "1.0");
        Worksheet ws = wb.newWorksheet(table.sheetName());
        for (int c = 0; c < table.headers().size(); c++) {
            ws.value(0, c, table.headers().get(c));
            ws.style(0, c).bold().fillColor("EEF0F3").set();
            ws.width(c, Math.max(10, table.headers().get(c).length() * 3));
        }
        // Sheet settings go out with the first flush, so they are set before any row is written.
        ws.freezePane(0, 1);
        int[] r = {1};
        table.rows().emit(row -> {
            cells(ws, r[0], row);
            if (r[0]++ % FLUSH_EVERY == 0) {
                try {
                    ws.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        ws.finish();
        if (!table.notes().isEmpty()) {
            Worksheet notes = wb.newWorksheet("填写说明");
            notes.width(0, 100);
            for (int i = 0; i < table.notes().size(); i++) {
                notes.value(i, 0, table.notes().get(i));
            }
            notes.style(0, 0).bold().set();
            notes.finish();
        }
        wb.finish();
    }

    private static void cells(Worksheet ws, int r, List<Object> row) {
        for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            if (v instanceof Number n) {
                ws.value(r, c, plain(n));
            } else if (v instanceof LocalDate d) {
                ws.value(r, c, d);
                ws.style(r, c).format("yyyy-mm-dd").set();
            } else if (v != null) {
                ws.value(r, c, v.toString());
            }
        }
    }

    /**
     * A BigDecimal whose trailing zeros were stripped (70 as 7E+1, scale -1) prints in E notation, which
     * fastexcel writes into the cell's value as it is; the same number with scale 0 prints as 70.
     */
    private static Number plain(Number n) {
        return n instanceof BigDecimal d && d.scale() < 0 ? d.setScale(0) : n;
    }

    /**
     * Text that Excel would run as a formula (=, +, -, @ at the start: "formula injection") gets a
     * leading apostrophe in CSV, which Excel shows as plain text. Numbers are written as they are.
     */
    static String safeText(Object v) {
        String s = v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        if (v instanceof Number || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
