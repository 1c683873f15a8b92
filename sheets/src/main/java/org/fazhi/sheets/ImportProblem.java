package org.fazhi.sheets;

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
}
