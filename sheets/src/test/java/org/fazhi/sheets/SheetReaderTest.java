package org.fazhi.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Reading uploads: encodings, delimiters, header aliases and title rows, workbooks, and files refused as a whole. */
class SheetReaderTest {
    private static final Column UNIT = Column.required("单位", "单位名称");
    private static final Column DATE = Column.required("日期", "学法日期");
    private static final Column MINUTES = Column.optional("时长(分钟)", "时长");
    private final SheetReader reader = new SheetReader(List.of(UNIT, DATE, MINUTES), 3);

    private static SheetFile csv(String text, java.nio.charset.Charset cs, byte... bom) {
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return SheetFile.of(all, "file.csv");
    }

    @Test
    void readsCsvInEveryEncodingExcelSaves() {
        String text = "单位名称,学法日期,时长\r\n县司法局,2024/3/5,45分钟\r\n";
        List<SheetFile> files = List.of(
                csv(text, StandardCharsets.UTF_8),
                csv(text, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                csv(text, TextDecoding.GBK),
                csv(text.replace(',', '\t'), StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE));
        for (SheetFile f : files) {
            Sheet s = reader.read(f);
            assertEquals(1, s.headerRow());
            Sheet.Row row = s.rows().get(0);
            assertEquals(2, row.number());
            assertEquals("县司法局", s.get(row, UNIT));
            assertEquals(LocalDate.of(2024, 3, 5), Cells.date(s.get(row, DATE), "日期"));
            assertEquals(45, Cells.integer(s.get(row, MINUTES), "时长", 1, 1440));
        }
    }

    @Test
    void aTitleLineAboveTheHeaderIsSkippedAndBlankRowsAreIgnored() {
        Sheet s = reader.read(csv("2024年学法台账,,\n\n*单位,*日期\n县司法局,2024-03-05\n,,\n城关镇,2024-03-06\n",
                StandardCharsets.UTF_8));
        assertEquals(3, s.headerRow());
        assertEquals(List.of(4, 6), s.rows().stream().map(Sheet.Row::number).toList());
        assertTrue(!s.has(MINUTES));
        assertNull(s.get(s.rows().get(0), MINUTES));
    }

    @Test
    void readsTheFirstWorksheetWithAHeaderAndExcelDates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet notes = wb.newWorksheet("说明");
        notes.value(0, 0, "请在下一张工作表填写");
        notes.finish();
        Worksheet ws = wb.newWorksheet("数据");
        ws.value(0, 0, "单位");
        ws.value(0, 1, "日期");
        ws.value(1, 0, "县司法局");
        ws.value(1, 1, LocalDate.of(2024, 3, 15));
        ws.style(1, 1).format("yyyy\"年\"m\"月\"d\"日\"").set();
        ws.value(2, 0, "城关镇");
        ws.value(2, 1, 45366);
        ws.finish();
        wb.finish();

        Sheet s = reader.read(SheetFile.of(out.toByteArray(), "台账.xlsx"));

        assertEquals("2024-03-15", s.get(s.rows().get(0), DATE));
        assertEquals(LocalDate.of(2024, 3, 15), Cells.date(s.get(s.rows().get(1), DATE), "日期"));
    }

    @Test
    void refusesWhatCannotBeRead() {
        ImportRejected missing = assertThrows(ImportRejected.class,
                () -> reader.read(csv("单位,时长\n县司法局,45\n", StandardCharsets.UTF_8)));
        assertEquals("日期", missing.problem().errors().get(0).column());
        assertTrue(missing.problem().errors().get(0).message().contains("缺少必填列"));

        assertRefused(SheetFile.of(new byte[0], "a.csv"), "不能为空");
        assertRefused(SheetFile.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0}, "old.xls"), ".xls");
        assertRefused(SheetFile.of("单位,日期\n".getBytes(StandardCharsets.UTF_8), "renamed.xlsx"), "不是有效的 Excel");
        assertRefused(csv("单位,日期\n\"县司法局,2024-03-05\n", StandardCharsets.UTF_8), "引号");
        assertRefused(csv("姓名,年龄\n张三,30\n", StandardCharsets.UTF_8), "未找到表头行");
        // Shorter than the eight bytes a workbook's header takes: read as a CSV, refused in Chinese, not a crash.
        assertRefused(csv("姓名\n", StandardCharsets.UTF_8), "未找到表头行");
        assertRefused(SheetFile.of(new byte[] {'a'}, "a.csv"), "未找到表头行");
        assertRefused(csv("单位,日期\na,1\nb,2\nc,3\nd,4\n", StandardCharsets.UTF_8), "一次最多导入3行");
    }

    private void assertRefused(SheetFile f, String says) {
        ImportRejected e = assertThrows(ImportRejected.class, () -> reader.read(f));
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertEquals("file", e.problem().field());
        assertEquals("INVALID", e.problem().error());
    }
}
