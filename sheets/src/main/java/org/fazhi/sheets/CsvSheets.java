package org.fazhi.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV upload in UTF-8 (with or without BOM), UTF-16 or GBK, comma-, tab- or semicolon-separated. */
final class CsvSheets {
    private CsvSheets() {
    }

    static Sheet read(byte[] b, HeaderCollector c) {
        TextDecoding.Detected enc = TextDecoding.detect(b);
        char delimiter = delimiter(b, enc);
        // EXCEL is lenient at EOF: a quote never closed would swallow the rest of the file into one
        // cell and import the mangled rows. Refuse it instead.
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).setLenientEof(false).get();
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(b, enc.skip(), b.length - enc.skip()), enc.charset());
             CSVParser parser = CSVParser.parse(r, format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                List<String> cells = new ArrayList<>(Math.min(rec.size(), HeaderCollector.MAX_COLUMNS));
                for (int i = 0; i < rec.size() && i < HeaderCollector.MAX_COLUMNS; i++) {
                    cells.add(rec.get(i));
                }
                if (!c.accept((int) rec.getRecordNumber(), cells)) {
                    break;
                }
            }
            return c.sheet();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ImportProblem.file("CSV 文件格式有误(可能有未配对的引号),无法读取。请用 Excel 打开检查后重新保存为 CSV 或 .xlsx");
        }
    }

    /** Comma as Excel writes it, unless the header line clearly uses tabs or semicolons. */
    private static char delimiter(byte[] b, TextDecoding.Detected enc) {
        int end = enc.skip();
        while (end < b.length && end < 64 * 1024 && b[end] != '\n') {
            end++;
        }
        String first = new String(b, enc.skip(), end - enc.skip(), enc.charset());
        long commas = first.chars().filter(ch -> ch == ',').count();
        long tabs = first.chars().filter(ch -> ch == '\t').count();
        long semis = first.chars().filter(ch -> ch == ';').count();
        if (tabs > commas && tabs >= semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }
}
