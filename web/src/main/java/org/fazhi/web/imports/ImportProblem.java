package org.fazhi.web.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to a refused import: the API's usual {error, message, field} plus every row error,
 * {@code errors:[{row, column, message}]} (empty when the file as a whole was unusable).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImportProblem(String error, String message, String field, List<RowErrors.RowError> errors) {
    public ImportProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The file as a whole cannot be used (not a spreadsheet, no header, too many rows…). */
    public static ImportRejected file(String message) {
        return new ImportRejected(400, new ImportProblem("INVALID", message, "file", List.of()));
    }
}
