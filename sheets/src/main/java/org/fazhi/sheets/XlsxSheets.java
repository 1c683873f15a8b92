package org.fazhi.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** An .xlsx workbook, read with fastexcel as a stream: the first sheet that has a header row. */
final class XlsxSheets {
    private XlsxSheets() {
    }

    static Sheet read(byte[] b, Supplier<HeaderCollector> collectors) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(b), new ReadingOptions(true, false))) {
            for (org.dhatim.fastexcel.reader.Sheet s : wb.getSheets().toList()) {
                HeaderCollector c = collectors.get();
                read(s, c);
                if (c.found()) {
                    return c.sheet();
                }
            }
            throw HeaderCollector.noHeader();
        } catch (ImportRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A damaged zip, a zip that is no workbook (.docx), broken XML: all the user can do is re-save it.
            throw notXlsx();
        }
    }

    static ImportRejected notXlsx() {
        return ImportProblem.file("文件不是有效的 Excel (.xlsx) 文件,可能已损坏或只是改了扩展名。请用 Excel 打开后另存为 .xlsx 或 CSV 再导入");
    }

    private static void read(org.dhatim.fastexcel.reader.Sheet s, HeaderCollector c) throws IOException {
        try (Stream<Row> rows = s.openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                int n = Math.min(row.getCellCount(), HeaderCollector.MAX_COLUMNS);
                List<String> cells = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (!c.accept(row.getRowNum(), cells)) {
                    break;
                }
            }
        }
    }

    /** A cell as the text the user sees; a date cell as yyyy-MM-dd, a number without trailing zeros. */
    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        String raw = cell.getRawValue();
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : ExcelFormats.plain(cell.asNumber());
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "是" : "否";
            case STRING -> cell.asString();
            case FORMULA -> formulaText(cell, raw);
            default -> raw;
        };
    }

    private static String formulaText(Cell cell, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(raw);
            return isDate(cell) ? ExcelFormats.EXCEL_EPOCH.plusDays(n.longValue()).toString() : ExcelFormats.plain(n);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static boolean isDate(Cell cell) {
        return ExcelFormats.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString());
    }
}
