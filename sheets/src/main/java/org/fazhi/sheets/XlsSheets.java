package org.fazhi.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * An old Excel 97-2003 .xls workbook (BIFF8 in an OLE2 container), read with Apache POI's HSSF: the first sheet
 * that has a header row. Other OLE2 files (a password-protected .xlsx, an Excel 95 file, a Word document) are
 * refused with what to do.
 */
final class XlsSheets {
    private XlsSheets() {
    }

    static Sheet read(byte[] b, Supplier<HeaderCollector> collectors) {
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
                    HeaderCollector c = collectors.get();
                    read(wb.getSheetAt(i), c);
                    if (c.found()) {
                        return c.sheet();
                    }
                }
                throw HeaderCollector.noHeader();
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

    private static void read(org.apache.poi.ss.usermodel.Sheet s, HeaderCollector c) {
        Iterator<Row> it = s.rowIterator();
        while (it.hasNext()) {
            Row row = it.next();
            int n = Math.min(Math.max(row.getLastCellNum(), 0), HeaderCollector.MAX_COLUMNS);
            List<String> cells = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                cells.add(text(row.getCell(i)));
            }
            // HSSF counts rows from 0; Excel shows them from 1, as the .xlsx reader does.
            if (!c.accept(row.getRowNum() + 1, cells)) {
                break;
            }
        }
    }

    /** A cell as the text the user sees, as {@link XlsxSheets#text} reads one; a formula by its cached value. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                if (isDate(cell) && DateUtil.isValidExcelDate(d)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                yield Double.isFinite(d) ? ExcelFormats.plain(new BigDecimal(NumberToTextConverter.toText(d))) : null;
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

    /** Whether a number cell is shown as a date: POI's own test, or the same rule as for .xlsx. */
    private static boolean isDate(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return true;
        }
        CellStyle style = cell.getCellStyle();
        return style != null && ExcelFormats.isDateFormat((int) style.getDataFormat(), style.getDataFormatString());
    }
}
