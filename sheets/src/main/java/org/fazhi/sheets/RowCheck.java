package org.fazhi.sheets;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.fazhi.model.ValidationException;

/**
 * The checks of one spreadsheet row: each cell is read through {@link #check}, and a failure goes to
 * the import's {@link RowErrors} with the row and column, at most once per column, while the rest of
 * the row is still checked.
 */
public final class RowCheck {
    private final int row;
    private final RowErrors errors;
    private final Set<Column> failed = new HashSet<>();

    public RowCheck(int row, RowErrors errors) {
        this.row = row;
        this.errors = errors;
    }

    /** The value read, or null after recording why it could not be. */
    public <T> T check(Column column, Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            fail(column, e.getMessage());
            return null;
        }
    }

    /** Records a problem of a column (or of the row as a whole when column is null). */
    public void fail(Column column, String message) {
        if (column == null || !failed.contains(column)) {
            errors.add(row, column == null ? null : column.name(), message);
        }
        failed.add(column);
    }

    public boolean failed(Column column) {
        return failed.contains(column);
    }

    /** No problem so far. */
    public boolean clean() {
        return failed.isEmpty();
    }
}
