package org.fazhi.model;

/** A cell of an uploaded sheet as its author meant it, whichever module reads it (a record's value, a unit's name). */
public final class CellText {
    private CellText() {
    }

    /**
     * The cell stripped (no-break spaces too), without the apostrophe our CSV exports put before a leading
     * =+-@ to keep a spreadsheet from running it as a formula; null when blank.
     */
    public static String of(String cell) {
        if (cell == null) {
            return null;
        }
        String s = cell.replace('\u00A0', ' ').strip();
        if (s.length() > 1 && s.charAt(0) == '\'' && "=+-@".indexOf(s.charAt(1)) >= 0) {
            s = s.substring(1);
        }
        return s.isEmpty() ? null : s;
    }
}
