package org.fazhi.report.docx;

import static org.fazhi.report.ReportCounty.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.fazhi.report.AnnualReport;
import org.fazhi.report.ReportCounty;
import org.fazhi.report.ReportPart;
import org.fazhi.training.study.StudyKind;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

/** A report of a real ledger written as .docx and opened again with POI: text in order, and the official layout. */
class ReportDocxTest {
    @AutoClose
    final ReportCounty c = new ReportCounty();

    private static XWPFDocument written(AnnualReport report, ReportCounty c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.reports.docx(report, out);
        byte[] bytes = out.toByteArray();
        assertTrue(bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K', "a zip (docx) file");
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void theWordFileHoldsTheTitlePartsFiguresNarrativeAndSignature() throws IOException {
        c.study(c.county, "2024-03-10", StudyKind.WRITTEN, 8, 8);
        AnnualReport r = c.reports.reports().saveNarratives(ADMIN, 2024, c.county.id(), Map.of(
                ReportPart.MEASURES, "一是高位推动。\n二是强化督察。", ReportPart.PLANS, "深入推进依法行政。"), 0);

        try (XWPFDocument doc = written(r, c)) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("清河县人民政府2024年度法治政府建设工作报告", texts.get(0));
            int one = texts.indexOf(ReportPart.MEASURES.title());
            int two = texts.indexOf(ReportPart.SHORTCOMINGS.title());
            int three = texts.indexOf(ReportPart.DUTIES.title());
            int four = texts.indexOf(ReportPart.PLANS.title());
            int five = texts.indexOf(ReportPart.OTHER.title());
            assertTrue(one == 1 && one < two && two < three && three < four && four < five, texts.toString());
            assertEquals("全年开展书面学法1次;参学率100.0%(应到8人次,实到8人次)。", texts.get(one + 1));
            assertEquals("台账中没有2024年度的行政复议案件。", texts.get(one + 5));
            assertEquals(List.of("一是高位推动。", "二是强化督察。"), texts.subList(one + 6, two), "after the five figures");
            assertEquals(one + 1, two - 7);
            assertEquals(List.of("深入推进依法行政。"), texts.subList(four + 1, five));
            assertEquals("清河县人民政府", texts.get(texts.size() - 2), "signed by the unit");
            assertEquals("2025年3月20日", texts.get(texts.size() - 1), "a draft is dated today");
        }
    }

    @Test
    void theLayoutIsThatOfOfficialDocuments() throws IOException {
        try (XWPFDocument doc = written(c.reports.reports().read(ADMIN, 2024, c.county.id()), c)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFRun title = ps.get(0).getRuns().get(0);
            assertEquals(22.0, title.getFontSizeAsDouble(), "2号");
            assertEquals(ReportFonts.TITLE, title.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals(ParagraphAlignment.CENTER, ps.get(0).getAlignment());
            XWPFRun heading = ps.get(1).getRuns().get(0);
            assertEquals("黑体", heading.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals(16.0, heading.getFontSizeAsDouble(), "3号");
            XWPFParagraph body = ps.get(2);
            assertEquals("仿宋_GB2312", body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals(16.0, body.getRuns().get(0).getFontSizeAsDouble(), "3号");
            assertEquals(640, body.getIndentationFirstLine(), "two characters of 16 pt");
            assertEquals(LineSpacingRule.EXACT, body.getSpacingLineRule());
            assertEquals(28.0, body.getSpacingBetween(), "fixed 28 pt lines");

            CTPageMar m = doc.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(BigInteger.valueOf(2098), m.getTop(), "3.7 cm");
            assertEquals(BigInteger.valueOf(1984), m.getBottom(), "3.5 cm");
            assertEquals(BigInteger.valueOf(1587), m.getLeft(), "2.8 cm");
            assertEquals(BigInteger.valueOf(1474), m.getRight(), "2.6 cm");
            assertEquals(BigInteger.valueOf(11906), doc.getDocument().getBody().getSectPr().getPgSz().getW(), "A4");
            String footer = doc.getFooterList().get(0)._getHdrFtr().xmlText();
            assertTrue(footer.contains("PAGE") && footer.contains("fldChar"), "a page number field: " + footer);
            assertEquals("— 1 —", doc.getFooterList().get(0).getText().strip(), "the page number between dashes");
            assertEquals(1, doc.getPackage().getPartsByName(Pattern.compile("/word/fontTable.xml")).size(),
                    "the font table with fallbacks");
        }
    }
}
