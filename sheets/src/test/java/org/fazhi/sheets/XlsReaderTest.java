package org.fazhi.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Old Excel 97-2003 (.xls) files, written here with POI's HSSF and read back like an .xlsx. */
class XlsReaderTest {
    private static final Column UNIT = Column.required("单位", "单位名称");
    private static final Column DATE = Column.required("日期", "学法日期");
    private static final Column MINUTES = Column.optional("时长(分钟)", "时长");
    private static final Column ONLINE = Column.optional("线上", "是否线上");
    private final SheetReader reader = new SheetReader(List.of(UNIT, DATE, MINUTES, ONLINE), 10);

    private static byte[] write(HSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    private static byte[] ledger() throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        wb.createSheet("说明").createRow(0).createCell(0).setCellValue("请在下一张工作表填写");
        HSSFSheet s = wb.createSheet("数据");
        s.createRow(0).createCell(0).setCellValue("2024年学法台账");
        HSSFRow header = s.createRow(2);
        header.createCell(0).setCellValue("单位名称");
        header.createCell(1).setCellValue("学法日期");
        header.createCell(2).setCellValue("时长");
        header.createCell(3).setCellValue("是否线上");

        HSSFCellStyle chineseDate = wb.createCellStyle();
        chineseDate.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        HSSFCellStyle isoDate = wb.createCellStyle();
        isoDate.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

        HSSFRow a = s.createRow(3);
        a.createCell(0).setCellValue("县司法局");
        a.createCell(1).setCellValue(LocalDate.of(2024, 3, 15));
        a.getCell(1).setCellStyle(chineseDate);
        a.createCell(2).setCellValue(45d);
        a.createCell(3).setCellValue(true);

        HSSFRow blank = s.createRow(4); // an empty row, with an empty cell in it
        blank.createCell(0).setCellValue(" ");

        HSSFRow b = s.createRow(5);
        b.createCell(0).setCellValue("城关镇");
        b.createCell(1).setCellValue(LocalDate.of(2024, 4, 1));
        b.getCell(1).setCellStyle(isoDate);
        b.createCell(2).setCellFormula("30+15.5");
        b.createCell(3).setCellValue(false);

        HSSFRow c = s.createRow(6);
        c.createCell(0).setCellFormula("\"县\"&\"财政局\"");
        c.createCell(1).setCellValue("2024/5/6");
        c.createCell(2).setCellValue(0.1 + 0.2);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return write(wb);
    }

    @Test
    void readsAnXlsLikeAnXlsx() throws IOException {
        // The bytes decide: a .xls named .xlsx (or with no name at all) is read the same.
        for (SheetFile f : List.of(SheetFile.of(ledger(), "台账.xls"), SheetFile.of(ledger(), "台账.xlsx"),
                new SheetFile(ledger(), null, "application/vnd.ms-excel"))) {
            Sheet s = reader.read(f);
            assertEquals(3, s.headerRow(), "the title row and the blank row above are skipped; rows count from 1");
            assertEquals(List.of(4, 6, 7), s.rows().stream().map(Sheet.Row::number).toList(), "the empty row is ignored");

            Sheet.Row a = s.rows().get(0);
            assertEquals("县司法局", s.get(a, UNIT));
            assertEquals("2024-03-15", s.get(a, DATE));
            assertEquals("45", s.get(a, MINUTES), "a whole number without .0");
            assertEquals("是", s.get(a, ONLINE));

            Sheet.Row b = s.rows().get(1);
            assertEquals("2024-04-01", s.get(b, DATE));
            assertEquals(LocalDate.of(2024, 4, 1), Cells.date(s.get(b, DATE), "日期"));
            assertEquals("45.5", s.get(b, MINUTES), "a formula by its cached value");
            assertEquals("否", s.get(b, ONLINE));

            Sheet.Row c = s.rows().get(2);
            assertEquals("县财政局", s.get(c, UNIT), "a text formula by its cached value");
            assertEquals(LocalDate.of(2024, 5, 6), Cells.date(s.get(c, DATE), "日期"));
            assertEquals("0.3", s.get(c, MINUTES), "a number as Excel shows it");
            assertNull(s.get(c, ONLINE));
        }
    }

    @Test
    void headerErrorsAreTheSameAsForXlsx() throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        HSSFRow h = wb.createSheet().createRow(0);
        h.createCell(0).setCellValue("单位");
        h.createCell(1).setCellValue("时长");
        wb.createSheet().createRow(0);
        ImportRejected e = assertThrows(ImportRejected.class, () -> reader.read(SheetFile.of(write(wb), "a.xls")));
        assertEquals("日期", e.problem().errors().get(0).column());
        assertEquals(1, e.problem().errors().get(0).row());
    }

    @Test
    void anOle2FileThatIsNoWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertRefused(SheetFile.of(out.toByteArray(), "通知.xls"), "不是 Excel 工作簿");
    }

    @Test
    void brokenAndEncryptedXlsAreRefused() throws IOException {
        byte[] whole = ledger();
        assertRefused(SheetFile.of(Arrays.copyOf(whole, whole.length / 2), "cut.xls"), ".xls");
        assertRefused(SheetFile.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0}, "old.xls"), ".xls");

        byte[] locked;
        Biff8EncryptionKey.setCurrentUserPassword("mima123");
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(whole))) {
            locked = write(wb);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused(SheetFile.of(locked, "locked.xls"), "密码");
    }

    private void assertRefused(SheetFile f, String says) {
        ImportRejected e = assertThrows(ImportRejected.class, () -> reader.read(f));
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertEquals("file", e.problem().field());
        assertEquals("INVALID", e.problem().error());
    }
}
