package org.fazhi.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fazhi.model.ReadmeExample;
import org.junit.jupiter.api.Test;

/** The example of README.md, compiled and run; {@link ReadmeExample} keeps the two identical. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleRuns() throws IOException {
        // example:start
        // Write: rows streamed into an .xlsx (or a CSV in UTF-8 with a BOM, text like "=1+1" guarded).
        TableStream table = new TableStream("学法记录", "学法记录", List.of("单位", "日期", "时长(分钟)"),
                out -> out.accept(Arrays.asList("县司法局", LocalDate.of(2024, 3, 15), 45)));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TableWriter.write(table, ExportFormat.XLSX, xlsx);

        // Read: columns found by their header or an alias, in any order, in .xlsx or CSV (UTF-8, GBK, UTF-16).
        Column unit = Column.required("单位", "单位名称");
        Column date = Column.required("日期", "学法日期");
        Column minutes = Column.optional("时长(分钟)", "时长");
        SheetReader reader = new SheetReader(List.of(unit, date, minutes), 10_000);
        byte[] gbk = "单位名称,学法日期,时长\r\n县财政局,2024年3月5日,45分钟\r\n城关镇,明天,1分钟\r\n".getBytes(TextDecoding.GBK);

        List<LocalDate> days = new ArrayList<>();
        RowErrors errors = new RowErrors();
        for (SheetFile file : List.of(SheetFile.of(xlsx.toByteArray(), "学法记录.xlsx"), SheetFile.of(gbk, "学法.csv"))) {
            Sheet sheet = reader.read(file);
            for (Sheet.Row row : sheet.rows()) {
                RowCheck check = new RowCheck(row.number(), errors);   // every bad cell, with its row and column
                LocalDate day = check.check(date, () -> Cells.date(sheet.get(row, date), "日期"));
                check.check(minutes, () -> Cells.integer(sheet.get(row, minutes), "时长", 1, 1440));
                if (check.clean()) {
                    days.add(day);                                      // 2024-03-15, 2024-03-05
                }
            }
        }
        // errors.list(): [{row 3, 日期, 日期“明天”不是有效日期…}]; errors.throwIfAny() throws ImportRejected
        // example:end
        assertEquals(List.of(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 5)), days);
        assertEquals(1, errors.size());
        assertEquals(new RowErrors.RowError(3, "日期", "日期“明天”不是有效日期,应写成 2024-03-15 或 2024/3/15"), errors.list().get(0));
        assertEquals(1, assertThrows(ImportRejected.class, errors::throwIfAny).problem().errors().size());
    }

    @Test
    void theReadmeShowsThisExample() {
        ReadmeExample.assertReadmeShows(ReadmeExampleTest.class);
    }
}
