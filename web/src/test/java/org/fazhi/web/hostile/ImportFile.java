package org.fazhi.web.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A spreadsheet for one import, valid as built (typed columns hold units, dates, counts, scores,
 * codes or yes/no; required ones must be there), and the ways a hostile try spoils it. Every spoiled
 * file must be refused as a whole: where the spoiling alone might leave a readable file (another
 * encoding, shuffled columns) a bad cell is added, so acceptance always means a bug.
 */
record ImportFile(String path, List<String> header, List<List<String>> rows, List<Integer> typedColumns,
                  List<Integer> requiredColumns) {
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS = "application/vnd.ms-excel";

    enum Spoil { UNBALANCED_QUOTE, QUOTE_IN_UNQUOTED, RANDOM_BYTES, UTF16, GBK_MIXED, SHUFFLED_COLUMNS, NO_HEADER,
        MISSING_COLUMN, BAD_CELL, TRUNCATED_XLSX, ZIP_NOT_XLSX, TEXT_AS_XLSX, EMPTY, HUGE_LINE,
        BAD_CELL_XLS, TRUNCATED_XLS, OLE2_NOT_XLS }

    record Upload(String contentType, String fileName, byte[] body, String what) {
        @Override
        public String toString() {
            String head = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return what + " as " + contentType + " (" + fileName + ", " + body.length + " bytes): " + head;
        }
    }

    private static final List<String> BAD_VALUES = List.of("2023-02-30", "2024-13-01", "0000-00-00", "-1", "1e308",
            "2147483648", "不存在的单位", "也许", "九", "\u0000", "\ud800");
    /**
     * The bad values an .xlsx can carry: XML 1.0 has no NUL and no lone surrogate, and the writer drops
     * them, leaving an empty cell, which an optional column (a count, a score) rightly takes as "not given".
     */
    private static final List<String> XML_BAD_VALUES = BAD_VALUES.stream()
            .filter(v -> v.chars().allMatch(ch -> ch >= 0x20 && !Character.isSurrogate((char) ch))).toList();

    Upload spoil(Spoil how, long seed) {
        Random r = new Random(seed);
        return switch (how) {
            case UNBALANCED_QUOTE -> {
                List<List<String>> rs = copyRows();
                List<String> row = rs.get(r.nextInt(rs.size()));
                int c = r.nextInt(row.size());
                row.set(c, "\"" + row.get(c));
                yield csv(csvText(header, rs), "unbalanced quote");
            }
            case QUOTE_IN_UNQUOTED -> {
                List<List<String>> rs = copyRows();
                List<String> row = rs.get(r.nextInt(rs.size()));
                int c = typedColumns.get(r.nextInt(typedColumns.size()));
                String v = row.get(c);
                int at = v.isEmpty() ? 0 : 1 + r.nextInt(Math.max(1, v.length() - 1));
                row.set(c, v.substring(0, Math.min(at, v.length())) + "\"" + v.substring(Math.min(at, v.length())));
                yield csv(csvText(header, rs), "quote inside unquoted " + header.get(c));
            }
            case RANDOM_BYTES -> {
                byte[] b = new byte[1 + r.nextInt(4000)];
                r.nextBytes(b);
                yield new Upload(r.nextBoolean() ? CSV : XLSX, r.nextBoolean() ? "x.csv" : "x.xlsx", b, "random bytes");
            }
            case UTF16 -> {
                String text = csvText(header, badCell(r));
                List<Charset> sets = List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16);
                Charset cs = sets.get(r.nextInt(sets.size()));
                byte[] body = text.getBytes(cs);
                boolean bom = cs != StandardCharsets.UTF_16 && r.nextBoolean();
                if (bom) {
                    body = concat(cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                            : new byte[] {(byte) 0xFE, (byte) 0xFF}, body);
                }
                yield new Upload(CSV, "x.csv", body, cs + (bom ? " with BOM" : "") + " + bad cell");
            }
            case GBK_MIXED -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(csvText(header, List.of()).getBytes(StandardCharsets.UTF_8));
                for (List<String> row : rows) {
                    Charset cs = r.nextBoolean() ? Charset.forName("GBK") : StandardCharsets.UTF_8;
                    out.writeBytes(csvText(null, List.of(row)).getBytes(cs));
                }
                // At least one GBK row in a UTF-8 file (or the reverse, if it is read as GBK).
                out.writeBytes(csvText(null, List.of(rows.get(0))).getBytes(Charset.forName("GBK")));
                yield csv(out.toByteArray(), "GBK rows in a UTF-8 file");
            }
            case SHUFFLED_COLUMNS -> {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, r);
                List<List<String>> rs = badCell(r);
                List<String> h = order.stream().map(header::get).toList();
                List<List<String>> shuffled = rs.stream().map(row -> order.stream().map(row::get).toList()).toList();
                yield csv(csvText(h, shuffled), "columns " + h + " + bad cell");
            }
            case NO_HEADER -> csv(csvText(null, rows), "no header row");
            case MISSING_COLUMN -> {
                int c = requiredColumns.get(r.nextInt(requiredColumns.size()));
                List<String> h = new ArrayList<>(header);
                h.remove(c);
                List<List<String>> rs = copyRows();
                rs.forEach(row -> row.remove(c));
                yield csv(csvText(h, rs), "without column " + header.get(c));
            }
            case BAD_CELL -> r.nextBoolean() ? csv(csvText(header, badCell(r)), "bad cell")
                    : new Upload(XLSX, "x.xlsx", xlsx(header, badCell(r, XML_BAD_VALUES)), "bad cell in xlsx");
            case TRUNCATED_XLSX -> {
                byte[] whole = xlsx(header, rows);
                int at = 1 + r.nextInt(whole.length - 1);
                byte[] cut = new byte[at];
                System.arraycopy(whole, 0, cut, 0, at);
                yield new Upload(XLSX, "x.xlsx", cut, "xlsx cut at " + at + " of " + whole.length);
            }
            case ZIP_NOT_XLSX -> new Upload(XLSX, "x.xlsx", zip(r), "a zip that is not xlsx");
            case TEXT_AS_XLSX -> new Upload(XLSX, "x.xlsx", csvText(header, rows).getBytes(StandardCharsets.UTF_8),
                    "a CSV renamed to .xlsx");
            case EMPTY -> new Upload(r.nextBoolean() ? CSV : XLSX, r.nextBoolean() ? "x.csv" : "x.xlsx", new byte[0], "empty file");
            case BAD_CELL_XLS -> new Upload(XLS, "x.xls", xls(header, badCell(r, XML_BAD_VALUES)), "bad cell in xls");
            case TRUNCATED_XLS -> {
                // Cut within the first half: the workbook stream and the OLE2 tables cannot all survive.
                byte[] whole = xls(header, rows);
                int at = 1 + r.nextInt(whole.length / 2);
                byte[] cut = new byte[at];
                System.arraycopy(whole, 0, cut, 0, at);
                yield new Upload(r.nextBoolean() ? XLS : XLSX, r.nextBoolean() ? "x.xls" : "x.xlsx", cut,
                        "xls cut at " + at + " of " + whole.length);
            }
            case OLE2_NOT_XLS -> new Upload(XLS, "x.xls", ole2NotXls(r), "an OLE2 file that is no workbook (.doc)");
            case HUGE_LINE -> {
                StringBuilder b = new StringBuilder(String.join(",", header)).append(',');
                String unit = "清河县司法局\u202e\u0007,";
                while (b.length() < 2_000_000) {
                    b.append(unit);
                }
                yield csv(b.toString().getBytes(StandardCharsets.UTF_8), "one 2M-character line");
            }
        };
    }

    /** The rows, valid as a CSV with a header. */
    byte[] validCsv() {
        return csvText(header, rows).getBytes(StandardCharsets.UTF_8);
    }

    byte[] validXlsx() {
        return xlsx(header, rows);
    }

    private List<List<String>> copyRows() {
        List<List<String>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(new ArrayList<>(row)));
        return copy;
    }

    private List<List<String>> badCell(Random r) {
        return badCell(r, BAD_VALUES);
    }

    private List<List<String>> badCell(Random r, List<String> values) {
        List<List<String>> rs = copyRows();
        List<String> row = rs.get(r.nextInt(rs.size()));
        int c = typedColumns.get(r.nextInt(typedColumns.size()));
        // A value that no typed column (unit, date, count, score, code, yes/no) accepts.
        List<String> bad = values.stream().filter(v -> !v.equals(row.get(c))).toList();
        row.set(c, bad.get(r.nextInt(bad.size())));
        return rs;
    }

    private static Upload csv(String text, String what) {
        return csv(text.getBytes(StandardCharsets.UTF_8), what);
    }

    private static Upload csv(byte[] body, String what) {
        return new Upload(CSV, "x.csv", body, what);
    }

    private static String csvText(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        if (header != null) {
            b.append(String.join(",", header)).append("\r\n");
        }
        rows.forEach(row -> b.append(String.join(",", row)).append("\r\n"));
        return b.toString();
    }

    private static byte[] xlsx(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("导入");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            for (int i = 0; i < rows.size(); i++) {
                for (int c = 0; c < rows.get(i).size(); c++) {
                    ws.value(i + 1, c, rows.get(i).get(c));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An old Excel 97-2003 workbook, every cell text. */
    private static byte[] xls(List<String> header, List<List<String>> rows) {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            HSSFSheet ws = wb.createSheet("导入");
            HSSFRow h = ws.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            for (int i = 0; i < rows.size(); i++) {
                HSSFRow row = ws.createRow(i + 1);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(i).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OLE2 container as an old Word file is: a "WordDocument" stream and no workbook. */
    private static byte[] ole2NotXls(Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            byte[] b = new byte[1 + r.nextInt(5000)];
            r.nextBytes(b);
            fs.createDocument(new ByteArrayInputStream(b), r.nextBoolean() ? "WordDocument" : "PowerPoint Document");
            fs.writeFilesystem(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(r.nextBoolean() ? "readme.txt" : "xl/workbook.xml"));
            byte[] b = new byte[1 + r.nextInt(2000)];
            r.nextBytes(b);
            z.write(b);
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
