package org.fazhi.sheets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every problem of an import, each with the row (as Excel numbers it) and the column at fault, so
 * the user corrects the whole file in one go instead of one error per upload.
 */
public final class RowErrors {
    /** {row, column, message}: one wrong cell, or a row or column as a whole when column is null. */
    public record RowError(int row, String column, String message) {
    }

    private final List<RowError> errors = new ArrayList<>();

    public void add(int row, String column, String message) {
        errors.add(new RowError(row, column, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    /** The errors by row; within a row in the order found (the columns' order). */
    public List<RowError> list() {
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(RowError::row));
        return sorted;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw rejection();
        }
    }

    public ImportRejected rejection() {
        long rows = errors.stream().mapToInt(RowError::row).distinct().count();
        String msg = "导入失败:文件中共有" + errors.size() + "处错误(涉及" + rows + "行),未导入任何记录。请改正后重新上传。";
        return new ImportRejected(new ImportProblem("INVALID", msg, null, list()));
    }
}
