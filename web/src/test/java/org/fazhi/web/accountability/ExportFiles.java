package org.fazhi.web.accountability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;

/** Fetches an export as bytes and reads it back as Excel or a spreadsheet would: rows of cell texts. */
final class ExportFiles {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ExportFiles() {
    }

    static HttpResponse<byte[]> get(TestServer server, Http who, String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Authorization", "Bearer " + who.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static List<List<String>> xlsx(HttpResponse<byte[]> r) {
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()))) {
            return wb.getFirstSheet().read().stream()
                    .map(row -> row.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
        } catch (IOException e) {
            throw new AssertionError("not an .xlsx file", e);
        }
    }

    static List<List<String>> csv(HttpResponse<byte[]> r) {
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        byte[] b = r.body();
        assertTrue(b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF,
                "a BOM, so Excel reads UTF-8");
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        try (CSVParser p = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : p) {
                rows.add(rec.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
