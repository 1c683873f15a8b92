package org.fazhi.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** A document with a table, written and opened again with POI: the parts in order, the table cell by cell. */
class OfficialDocxTest {
    @Test
    void aTableComesBetweenTheParagraphsWithItsHeaderInHeitiAndBlankCellsForMissingOnes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OfficialDocx doc = new OfficialDocx()) {
            doc.title("某县出庭应诉情况通报");
            doc.heading("一、各单位出庭应诉情况");
            doc.table(List.of("排名", "单位", "出庭率"), List.of(List.of("1", "县司法局", "100.0%"),
                    Arrays.asList("2", null)));
            doc.body("注:本期另有3个单位无案件开庭。");
            doc.signature("某县人民政府", "2025年3月1日");
            doc.write(out);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<XWPFTable> tables = doc.getTables();
            assertEquals(1, tables.size());
            List<List<String>> cells = tables.get(0).getRows().stream()
                    .map(r -> r.getTableCells().stream().map(c -> c.getText()).toList()).toList();
            assertEquals(List.of(List.of("排名", "单位", "出庭率"), List.of("1", "县司法局", "100.0%"), List.of("2", "", "")),
                    cells);
            XWPFTableRow header = tables.get(0).getRow(0);
            XWPFRun first = header.getCell(0).getParagraphs().get(0).getRuns().get(0);
            assertEquals(ReportFonts.HEADING, first.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals(14.0, first.getFontSizeAsDouble(), "4号");
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals(List.of("某县出庭应诉情况通报", "一、各单位出庭应诉情况", "", "注:本期另有3个单位无案件开庭。", "",
                    "某县人民政府", "2025年3月1日"), texts);
        }
    }
}
