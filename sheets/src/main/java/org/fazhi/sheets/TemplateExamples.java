package org.fazhi.sheets;

/**
 * The example rows of an import template carry {@link #MARKER} in one of their cells, so an importer
 * can tell them from data and skip them: a template uploaded unchanged imports nothing.
 */
public final class TemplateExamples {
    /** Appended to a text cell of every example row. */
    public static final String MARKER = "（示例，导入时忽略）";
    /** The refusal of a file that holds only example rows. */
    public static final String ONLY_EXAMPLES = "文件中只有模板的示例行,没有要导入的数据";

    private TemplateExamples() {
    }

    /** A text cell of an example row: the text with the marker. */
    public static String mark(String text) {
        return (text == null ? "" : text) + MARKER;
    }

    /** True when a cell of the row holds the marker (with full-width or plain brackets and comma). */
    public static boolean isExample(Sheet.Row row) {
        for (String cell : row.cells()) {
            if (cell != null && normalise(cell).contains(normalise(MARKER))) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String s) {
        return s.replace('（', '(').replace('）', ')').replace('，', ',').replace(" ", "");
    }

    /** The refusal of a file whose only rows are examples. */
    public static ImportRejected onlyExamples() {
        return ImportProblem.file(ONLY_EXAMPLES);
    }

    /**
     * The refusal of an upload that gives nothing to import: {@code read} is the file as read, {@code data}
     * the same without its example rows; when examples were dropped the file held only them, otherwise only
     * the header. {@code what} names the records, as in "文件中只有表头,没有学法记录".
     */
    public static ImportRejected nothingToImport(Sheet read, Sheet data, String what) {
        return read.rows().size() > data.rows().size() ? onlyExamples() : ImportProblem.file("文件中只有表头,没有" + what);
    }
}
