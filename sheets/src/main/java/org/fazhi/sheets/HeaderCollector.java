package org.fazhi.sheets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the header among the first rows of a sheet, then keeps every non-blank row below it — the same for a
 * CSV, an .xlsx and an .xls sheet, which each hand it their rows as text cells.
 */
final class HeaderCollector {
    /** Rows above the header that may hold a title or notes. */
    private static final int HEADER_SEARCH = 20;
    /** Columns beyond this are ignored: no ledger is that wide, and it bounds the work per row. */
    static final int MAX_COLUMNS = 200;

    private final List<Column> columns;
    private final int maxRows;
    private int headerRow;
    private final Map<Column, Integer> index = new LinkedHashMap<>();
    private final List<Sheet.Row> rows = new ArrayList<>();
    private int seen;

    HeaderCollector(List<Column> columns, int maxRows) {
        this.columns = columns;
        this.maxRows = maxRows;
    }

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

    /** Whether a header row was found (a workbook's reader then stops at this sheet). */
    boolean found() {
        return headerRow != 0;
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

    static ImportRejected noHeader() {
        return ImportProblem.file("未找到表头行:文件第一行应为列名(可下载导入模板对照)");
    }
}
