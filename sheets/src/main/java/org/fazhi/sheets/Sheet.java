package org.fazhi.sheets;

import java.util.List;
import java.util.Map;

/**
 * The data rows of an uploaded spreadsheet under its header row, with each known column's position.
 * Row numbers are those Excel shows (the header is usually row 1), so error reports point at the
 * row the user sees.
 */
public final class Sheet {
    /** One non-blank row: its number as Excel shows it and its cells as text (null when empty). */
    public record Row(int number, List<String> cells) {
        String cell(int index) {
            return index < 0 || index >= cells.size() ? null : cells.get(index);
        }
    }

    private final int headerRow;
    private final Map<Column, Integer> index;
    private final List<Row> rows;

    Sheet(int headerRow, Map<Column, Integer> index, List<Row> rows) {
        this.headerRow = headerRow;
        this.index = Map.copyOf(index);
        this.rows = List.copyOf(rows);
    }

    public int headerRow() {
        return headerRow;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The same sheet without the rows {@code drop} accepts (e.g. a template's example rows). */
    public Sheet without(java.util.function.Predicate<Row> drop) {
        List<Row> kept = rows.stream().filter(drop.negate()).toList();
        return kept.size() == rows.size() ? this : new Sheet(headerRow, index, kept);
    }

    public boolean has(Column c) {
        return index.containsKey(c);
    }

    /** The cell of a column, stripped; null when empty or when the file has no such column. */
    public String get(Row row, Column c) {
        Integer i = index.get(c);
        return i == null ? null : Cells.text(row.cell(i));
    }

    /** The spreadsheet's name of a column position: 0 → A, 26 → AA. */
    static String letters(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }
}
