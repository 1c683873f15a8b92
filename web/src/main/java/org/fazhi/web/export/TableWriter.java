package org.fazhi.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a {@link Table} as .xlsx (fastexcel, streamed) or CSV (commons-csv, Excel's dialect). */
public final class TableWriter {
    private TableWriter() {
    }

    public static void write(Table table, ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.CSV) {
            csv(table, out);
        } else {
            xlsx(table, out);
        }
    }

    private static void csv(Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL);
        p.printRecord(table.headers());
        for (List<Object> row : table.rows()) {
            p.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toList());
        }
        p.flush();
    }

    private static void xlsx(Table table, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "FazhiLedger", "1.0");
        Worksheet ws = wb.newWorksheet(table.sheetName());
        for (int c = 0; c < table.headers().size(); c++) {
            ws.value(0, c, table.headers().get(c));
            ws.style(0, c).bold().fillColor("EEF0F3").set();
            ws.width(c, Math.max(10, table.headers().get(c).length() * 3));
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else if (v != null) {
                    ws.value(r, c, v.toString());
                }
            }
            r++;
        }
        ws.freezePane(0, 1);
        wb.finish();
    }
}
