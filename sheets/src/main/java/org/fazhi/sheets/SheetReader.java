package org.fazhi.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Turns an upload into a {@link Sheet}: .xlsx (recognised by its bytes, whatever the client
 * declared) read with fastexcel as a stream, old Excel 97-2003 .xls (an OLE2 file, also recognised
 * by its bytes) read with Apache POI's HSSF, anything else as CSV in UTF-8 or GBK. The header row is
 * the first row, within the first few, that names known columns, so a title line above it is fine;
 * in a workbook, the first sheet that has one is used (an instructions sheet may come first).
 * Whatever is wrong with the file as a whole becomes an {@link ImportRejected} that says what to do.
 */
public final class SheetReader {
    /** Rows above the header that may hold a title or notes. */
    private static final int HEADER_SEARCH = 20;
    /** Columns beyond this are ignored: no ledger is that wide, and it bounds the work per row. */
    private static final int MAX_COLUMNS = 200;
    /** Day 0 of Excel's 1900 date system. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

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
            return xls(b);
        }
        if (b.length >= 8 && ReadableWorkbook.isOOXMLZipHeader(b)) {
            return xlsx(b);
        }
        if (upload.declaredXlsx()) {
            throw notXlsx();
        }
        return csv(b);
    }

    private static ImportRejected notXlsx() {
        return ImportProblem.file("文件不是有效的 Excel (.xlsx) 文件,可能已损坏或只是改了扩展名。请用 Excel 打开后另存为 .xlsx 或 CSV 再导入");
    }

    // ---- CSV ----

    private Sheet csv(byte[] b) {
        TextDecoding.Detected enc = TextDecoding.detect(b);
        char delimiter = delimiter(b, enc);
        // EXCEL is lenient at EOF: a quote never closed would swallow the rest of the file into one
        // cell and import the mangled rows. Refuse it instead.
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).setLenientEof(false).get();
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(b, enc.skip(), b.length - enc.skip()), enc.charset());
             CSVParser parser = CSVParser.parse(r, format)) {
            Collector c = new Collector();
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                List<String> cells = new ArrayList<>(Math.min(rec.size(), MAX_COLUMNS));
                for (int i = 0; i < rec.size() && i < MAX_COLUMNS; i++) {
                    cells.add(rec.get(i));
                }
                if (!c.accept((int) rec.getRecordNumber(), cells)) {
                    break;
                }
            }
            return c.sheet();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ImportProblem.file("CSV 文件格式有误(可能有未配对的引号),无法读取。请用 Excel 打开检查后重新保存为 CSV 或 .xlsx");
        }
    }

    /** Comma as Excel writes it, unless the header line clearly uses tabs or semicolons. */
    private static char delimiter(byte[] b, TextDecoding.Detected enc) {
        int end = enc.skip();
        while (end < b.length && end < 64 * 1024 && b[end] != '\n') {
            end++;
        }
        String first = new String(b, enc.skip(), end - enc.skip(), enc.charset());
        long commas = first.chars().filter(ch -> ch == ',').count();
        long tabs = first.chars().filter(ch -> ch == '\t').count();
        long semis = first.chars().filter(ch -> ch == ';').count();
        if (tabs > commas && tabs >= semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    // ---- xlsx ----

    private Sheet xlsx(byte[] b) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(b), new ReadingOptions(true, false))) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = wb.getSheets().toList();
            for (org.dhatim.fastexcel.reader.Sheet s : sheets) {
                Sheet found = xlsxSheet(s);
                if (found != null) {
                    return found;
                }
            }
            throw noHeader();
        } catch (ImportRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A damaged zip, a zip that is no workbook (.docx), broken XML: all the user can do is re-save it.
            throw notXlsx();
        }
    }

    /** The sheet's rows, or null when it has no header row (then the next sheet is tried). */
    private Sheet xlsxSheet(org.dhatim.fastexcel.reader.Sheet s) throws IOException {
        Collector c = new Collector();
        try (Stream<org.dhatim.fastexcel.reader.Row> rows = s.openStream()) {
            Iterator<org.dhatim.fastexcel.reader.Row> it = rows.iterator();
            while (it.hasNext()) {
                org.dhatim.fastexcel.reader.Row row = it.next();
                int n = Math.min(row.getCellCount(), MAX_COLUMNS);
                List<String> cells = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (!c.accept(row.getRowNum(), cells)) {
                    break;
                }
            }
        }
        return c.headerRow == 0 ? null : c.sheet();
    }

    /** A cell as the text the user sees; a date cell as yyyy-MM-dd, a number without trailing zeros. */
    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        String raw = cell.getRawValue();
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
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
            return isDate(cell) ? EXCEL_EPOCH.plusDays(n.longValue()).toString() : plain(n);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String plain(BigDecimal n) {
        return n == null ? null : n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    /** Whether a number cell is shown as a date: Excel's built-in date formats or a format with y, m or d. */
    static boolean isDate(Cell cell) {
        return isDateFormat(cell.getDataFormatId(), cell.getDataFormatString());
    }

    private static boolean isDateFormat(Integer id, String f) {
        // Built-in formats: 14–17 and 22 dates, 27–31, 36 and 50–58 the Chinese 年月日 ones (18–21, 32–35, 45–47 are times).
        if (id != null && ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 58))) {
            return true;
        }
        if (f == null) {
            return false;
        }
        // Ignore quoted text ("年") and [colour]/[locale] parts, then look for date letters.
        String bare = f.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "").toLowerCase(Locale.ROOT);
        return bare.matches(".*[ymd].*") && !bare.equals("general");
    }

    // ---- xls (Excel 97-2003, BIFF8 in an OLE2 container) ----

    private Sheet xls(byte[] b) {
        // HSSF reads the whole file into memory; the upload limit (50 MB) bounds it.
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            DirectoryNode root = fs.getRoot();
            if (has(root, "EncryptionInfo") || has(root, "EncryptedPackage")) {
                // An .xlsx with an opening password is stored as an OLE2 file too.
                throw encrypted();
            }
            if (has(root, "Book") && !has(root, "Workbook")) {
                throw tooOld();
            }
            if (!has(root, "Workbook")) {
                throw ImportProblem.file("文件不是 Excel 工作簿(可能是 Word 等其他 Office 文件改了扩展名),无法导入。"
                        + "请上传 .xlsx、.xls 或 CSV 格式的表格");
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    Sheet found = xlsSheet(wb.getSheetAt(i));
                    if (found != null) {
                        return found;
                    }
                }
                throw noHeader();
            }
        } catch (ImportRejected e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw encrypted();
        } catch (OldExcelFormatException e) {
            throw tooOld();
        } catch (IOException | RuntimeException e) {
            throw ImportProblem.file("文件看起来是旧版 Excel (.xls) 文件,但已损坏或格式不完整,无法读取。"
                    + "请用 Excel 或 WPS 打开后重新保存(或另存为 .xlsx)再导入");
        }
    }

    private static boolean has(DirectoryNode dir, String name) {
        for (Entry e : dir) {
            if (e.getName().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static ImportRejected encrypted() {
        return ImportProblem.file("工作簿设有密码(已加密),无法读取。请在 Excel 或 WPS 中取消密码保护后重新保存,再导入");
    }

    private static ImportRejected tooOld() {
        return ImportProblem.file("文件是 Excel 5.0/95 或更早的格式,无法读取。请在 Excel 或 WPS 中“另存为” .xlsx 或 .xls 后再导入");
    }

    /** The sheet's rows, or null when it has no header row (then the next sheet is tried). */
    private Sheet xlsSheet(org.apache.poi.ss.usermodel.Sheet s) {
        Collector c = new Collector();
        Iterator<org.apache.poi.ss.usermodel.Row> it = s.rowIterator();
        while (it.hasNext()) {
            org.apache.poi.ss.usermodel.Row row = it.next();
            int n = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
            List<String> cells = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                cells.add(text(row.getCell(i)));
            }
            // HSSF counts rows from 0; Excel shows them from 1, as the .xlsx reader does.
            if (!c.accept(row.getRowNum() + 1, cells)) {
                break;
            }
        }
        return c.headerRow == 0 ? null : c.sheet();
    }

    /** An .xls cell as the text the user sees, like {@link #text(Cell)}; a formula by its cached value. */
    static String text(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return null;
        }
        org.apache.poi.ss.usermodel.CellType type = cell.getCellType();
        if (type == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                if (isDate(cell) && DateUtil.isValidExcelDate(d)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                yield Double.isFinite(d) ? plain(new BigDecimal(NumberToTextConverter.toText(d))) : null;
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> null;
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#N/A";
        }
    }

    /** Whether an .xls number cell is shown as a date: POI's own test, or the same rule as for .xlsx. */
    private static boolean isDate(org.apache.poi.ss.usermodel.Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return true;
        }
        org.apache.poi.ss.usermodel.CellStyle style = cell.getCellStyle();
        return style != null && isDateFormat((int) style.getDataFormat(), style.getDataFormatString());
    }

    private static ImportRejected noHeader() {
        return ImportProblem.file("未找到表头行:文件第一行应为列名(可下载导入模板对照)");
    }

    // ---- header and rows, for every format ----

    /** Finds the header among the first rows, then keeps every non-blank row below it. */
    private final class Collector {
        private int headerRow;
        private final Map<Column, Integer> index = new LinkedHashMap<>();
        private final List<Sheet.Row> rows = new ArrayList<>();
        private int seen;

        /** @return false to stop reading (no header found in time) */
        boolean accept(int number, List<String> cells) {
            if (cells.stream().allMatch(v -> Cells.text(v) == null)) {
                return true;
            }
            if (headerRow == 0) {
                if (++seen > HEADER_SEARCH) {
                    return false;
                }
                tryHeader(number, cells);
                return true;
            }
            if (rows.size() >= maxRows) {
                throw ImportProblem.file("文件的数据超过" + maxRows + "行,一次最多导入" + maxRows + "行,请分成几个文件导入");
            }
            rows.add(new Sheet.Row(number, cells));
            return true;
        }

        private void tryHeader(int number, List<String> cells) {
            Map<Column, Integer> found = new LinkedHashMap<>();
            RowErrors dup = new RowErrors();
            for (int i = 0; i < cells.size(); i++) {
                for (Column c : columns) {
                    if (c.matches(cells.get(i))) {
                        Integer before = found.putIfAbsent(c, i);
                        if (before != null) {
                            dup.add(number, c.name(), "列“" + c.name() + "”出现了两次(第" + Sheet.letters(before)
                                    + "列和第" + Sheet.letters(i) + "列),请删去一列");
                        }
                    }
                }
            }
            if (found.size() < Math.min(2, columns.size())) {
                return;
            }
            headerRow = number;
            index.putAll(found);
            for (Column c : columns) {
                if (c.required() && !found.containsKey(c)) {
                    dup.add(number, c.name(), "缺少必填列“" + c.name() + "”");
                }
            }
            dup.throwIfAny();
        }

        Sheet sheet() {
            if (headerRow == 0) {
                throw noHeader();
            }
            return new Sheet(headerRow, index, rows);
        }
    }
}
