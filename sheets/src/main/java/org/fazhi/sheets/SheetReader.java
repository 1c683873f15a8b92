package org.fazhi.sheets;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Turns an upload into a {@link Sheet}: .xlsx (recognised by its bytes, whatever the client
 * declared) read with fastexcel as a stream, old Excel 97-2003 .xls (an OLE2 file, also recognised
 * by its bytes) read with Apache POI's HSSF, anything else as CSV in UTF-8 or GBK. The header row is
 * the first row, within the first few, that names known columns, so a title line above it is fine;
 * in a workbook, the first sheet that has one is used (an instructions sheet may come first).
 * Whatever is wrong with the file as a whole becomes an {@link ImportRejected} that says what to do.
 */
public final class SheetReader {
    private final List<Column> columns;
    private final int maxRows;

    /**
     * @param maxRows data rows allowed; a longer file is refused before anything is validated
     */
    public SheetReader(List<Column> columns, int maxRows) {
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
    }

    /**
     * Reads an import's upload as {@link #read} does and hands its data rows, the template's example rows left
     * out, to {@code parse}, which names each row at fault in the {@link RowErrors} it is given. Any row at fault
     * refuses the file, every such row named; so does a file that gives nothing to import ({@code nothing} tells
     * from what {@code parse} made): only the template's example rows, or only the header, {@code what} naming
     * the records as in "文件中只有表头,没有学法记录".
     *
     * @throws ImportRejected for the file, a row at fault or nothing to import; nothing is stored then
     */
    public <T> T readData(SheetFile upload, String what, BiFunction<Sheet, RowErrors, T> parse, Predicate<T> nothing) {
        Sheet read = read(upload);
        Sheet data = read.without(TemplateExamples::isExample);
        RowErrors errors = new RowErrors();
        T parsed = parse.apply(data, errors);
        errors.throwIfAny();
        if (nothing.test(parsed)) {
            throw TemplateExamples.nothingToImport(read, data, what);
        }
        return parsed;
    }

    public Sheet read(SheetFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw ImportProblem.file("请选择要导入的文件(.xlsx、.xls 或 CSV),文件不能为空");
        }
        byte[] b = upload.bytes();
        // fastexcel's header checks throw on fewer than 8 bytes; so short a file can only be a CSV.
        if (b.length >= 8 && ReadableWorkbook.isOLE2Header(b)) {
            return XlsSheets.read(b, this::collector);
        }
        if (b.length >= 8 && ReadableWorkbook.isOOXMLZipHeader(b)) {
            return XlsxSheets.read(b, this::collector);
        }
        if (upload.declaredXlsx()) {
            throw XlsxSheets.notXlsx();
        }
        return CsvSheets.read(b, collector());
    }

    private HeaderCollector collector() {
        return new HeaderCollector(columns, maxRows);
    }
}
