package org.fazhi.web.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * An old Excel 97-2003 (.xls) file written with POI's HSSF from simple CSV text (no quoted cells), as
 * an office would save it: yyyy-MM-dd cells become real date cells, whole numbers number cells, the rest
 * text; an optional title row above the header.
 */
public final class Xls {
    public static final String TYPE = "application/vnd.ms-excel";

    private Xls() {
    }

    public static byte[] fromCsv(String title, String csv) {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            HSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            HSSFSheet sheet = wb.createSheet("台账");
            int r = 0;
            if (title != null) {
                sheet.createRow(r++).createCell(0).setCellValue(title);
            }
            for (String line : csv.split("\r?\n")) {
                HSSFRow row = sheet.createRow(r++);
                String[] cells = line.split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    String v = cells[c];
                    if (v.isEmpty()) {
                        continue;
                    }
                    LocalDate day = day(v);
                    if (day != null) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (v.matches("[1-9]\\d{0,8}")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A yyyy-MM-dd that exists; anything else (2024-13-01) stays text. */
    private static LocalDate day(String v) {
        if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
