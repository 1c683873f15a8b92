package org.fazhi.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** What the exports write reads back the same; CSV is UTF-8 with a BOM, and formula-like text is guarded. */
class TableWriterTest {
    private static final Column NAME = Column.required("名称");
    private static final Column DATE = Column.required("日期");
    private static final Column COUNT = Column.optional("人数");

    private static TableStream table() {
        return new TableStream("导出", "表", List.of("名称", "日期", "人数"), out -> {
            out.accept(Arrays.asList("=HYPERLINK(\"x\")", LocalDate.of(2024, 3, 5), 18));
            out.accept(Arrays.asList("县司法局", null, -3));
        }, List.of("说明", "第一行为列名"));
    }

    @Test
    void csvHasABomAndGuardsFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.write(table(), ExportFormat.CSV, out);
        byte[] b = out.toByteArray();
        assertEquals(0xEF, b[0] & 0xff);
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("名称,日期,人数\r\n\"'=HYPERLINK(\"\"x\"\")\",2024-03-05,18\r\n"), text);
        assertTrue(text.contains("县司法局,,-3"), "numbers are not guarded: " + text);
    }

    @Test
    void bothFormatsReadBackAsWritten() throws IOException {
        for (ExportFormat f : ExportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TableWriter.write(table(), f, out);
            Sheet s = new SheetReader(List.of(NAME, DATE, COUNT), 10).read(SheetFile.of(out.toByteArray(), "导出." + f.extension()));
            assertEquals(2, s.rows().size(), f.toString());
            assertEquals("=HYPERLINK(\"x\")", s.get(s.rows().get(0), NAME), f.toString());
            assertEquals("2024-03-05", s.get(s.rows().get(0), DATE), f.toString());
            assertEquals("18", s.get(s.rows().get(0), COUNT), f.toString());
            assertEquals("-3", s.get(s.rows().get(1), COUNT), f.toString());
        }
    }

    /** A score stored as 70 and stripped of trailing zeros is 7E+1 to BigDecimal.toString; files say 70. */
    @Test
    void strippedDecimalsAreWrittenPlain() throws IOException {
        TableStream scores = new TableStream("成绩", "成绩", List.of("成绩"), out -> {
            out.accept(Arrays.asList(new BigDecimal("70.0").stripTrailingZeros()));
            out.accept(Arrays.asList(new BigDecimal("70.5").stripTrailingZeros()));
            out.accept(Arrays.asList(new BigDecimal("100").stripTrailingZeros()));
        });
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        TableWriter.write(scores, ExportFormat.CSV, csv);
        assertEquals("\uFEFF成绩\r\n70\r\n70.5\r\n100\r\n", csv.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TableWriter.write(scores, ExportFormat.XLSX, xlsx);
        String sheet = sheetXml(xlsx.toByteArray());
        assertTrue(sheet.contains("<v>70</v>") && sheet.contains("<v>70.5</v>") && sheet.contains("<v>100</v>"), sheet);
        assertTrue(!sheet.contains("E+"), sheet);
    }

    /** The first worksheet's XML (a temporary file: fastexcel's entries carry their sizes after the data). */
    private static String sheetXml(byte[] xlsx) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try (ZipFile zip = new ZipFile(java.nio.file.Files.write(file, xlsx).toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void formatsByName() {
        assertEquals(ExportFormat.XLSX, ExportFormat.parse(null));
        assertEquals(ExportFormat.CSV, ExportFormat.parse(" CSV "));
        assertEquals("text/csv;charset=UTF-8", ExportFormat.CSV.contentType());
    }

    @Test
    void exportFileNamesCarryTheYearOrAllAndTheDay() {
        assertEquals("整改台账-2024年-2025-03-01", TableStream.fileName("整改台账", 2024, LocalDate.of(2025, 3, 1)));
        assertEquals("出庭应诉-全部-2025-03-01", TableStream.fileName("出庭应诉", null, LocalDate.of(2025, 3, 1)));
    }
}
