package org.fazhi.sheets;

import java.util.Locale;
import org.fazhi.model.ValidationException;

/** The two download formats of every list. */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** UTF-8 with a byte-order mark, so Excel on Chinese Windows opens it without garbling. */
    CSV("text/csv;charset=UTF-8", "csv");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** {@code ?format=}: xlsx (the default) or csv. */
    public static ExportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return XLSX;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> XLSX;
            case "csv" -> CSV;
            default -> throw new ValidationException("format", "导出格式应为 xlsx 或 csv");
        };
    }
}
