package org.fazhi.sheets;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The answer to a refused import: the API's usual {error, message, field} plus every row error,
 * {@code errors:[{row, column, message}]} (empty when the file as a whole was unusable). Every field is
 * answered, null ones too.
 */
public record ImportProblem(String error, String message, String field, List<RowErrors.RowError> errors) {
    public ImportProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The file as a whole cannot be used (not a spreadsheet, no header, too many rows…). */
    public static ImportRejected file(String message) {
        return new ImportRejected(new ImportProblem("INVALID", message, "file", List.of()));
    }

    /** {@link #error()} of a file whose content was imported before (HTTP 409). */
    public static final String ALREADY_IMPORTED = "ALREADY_IMPORTED";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * The same file (by SHA-256) was imported before: refused unless the caller forces it.
     *
     * @param when  the earlier import, local time
     * @param user  who imported it
     * @param rows  how many rows it stored
     */
    public static ImportRejected alreadyImported(LocalDateTime when, String user, int rows) {
        return new ImportRejected(new ImportProblem(ALREADY_IMPORTED, "该文件已于" + WHEN.format(when) + "由 " + user
                + " 导入(共" + rows + "条),未重复导入;如确需再次导入,请勾选“仍要导入”", "file", List.of()));
    }
}
