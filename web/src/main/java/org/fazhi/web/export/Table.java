package org.fazhi.web.export;

import java.util.List;

/**
 * A list as it leaves the system: Chinese column headers (the same ones an import of that list
 * reads) and rows of plain values (text, numbers, dates, or null for an empty cell).
 */
public record Table(String fileName, String sheetName, List<String> headers, List<List<Object>> rows) {
    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
