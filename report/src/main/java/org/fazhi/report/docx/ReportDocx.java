package org.fazhi.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.fazhi.report.AnnualReport;
import org.fazhi.report.deadline.ReportDeadline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The report as a Word file in the layout of official documents (GB/T 9704 style): A4 with margins
 * 3.7 cm top, 3.5 cm bottom, 2.8 cm left, 2.6 cm right; the title in 2号 (22 pt) 小标宋 centred; the
 * part headings in 3号 (16 pt) 黑体; the body in 3号 仿宋 with a two-character first-line indent and a
 * fixed 28 pt line; "— 1 —" page numbers in the footer; the unit and date at the end. Fonts missing on
 * the reader's PC fall back through the font table ({@link ReportFonts}).
 */
public final class ReportDocx {
    /** Twips (1/20 pt) per centimetre. */
    private static final double CM = 1440 / 2.54;
    private static final int BODY_PT = 16;
    /** Two characters of the body font. */
    private static final int INDENT = 2 * BODY_PT * 20;

    private ReportDocx() {
    }

    public static void write(AnnualReport report, LocalDate today, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            ReportFonts.addTable(doc);
            footer(doc);
            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, 0);
            title.setSpacingAfter(28 * 20);
            run(title, report.title(), ReportFonts.TITLE, 22);
            for (AnnualReport.Part part : report.parts()) {
                run(paragraph(doc, ParagraphAlignment.BOTH, INDENT), part.part().title(), ReportFonts.HEADING, BODY_PT);
                for (String text : part.paragraphs()) {
                    run(paragraph(doc, ParagraphAlignment.BOTH, INDENT), text, ReportFonts.BODY, BODY_PT);
                }
            }
            paragraph(doc, ParagraphAlignment.RIGHT, 0);
            signature(doc, report.org().name());
            signature(doc, ReportDeadline.chineseDate(report.signedOn(today)));
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4: 210 × 297 mm
        size.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(twips(3.7));
        m.setBottom(twips(3.5));
        m.setLeft(twips(2.8));
        m.setRight(twips(2.6));
        m.setHeader(twips(1.5));
        m.setFooter(twips(2.0));
    }

    /** "— 1 —" centred, the number a PAGE field so Word counts the pages. */
    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createHeaderFooterPolicy().createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", ReportFonts.PAGE_NUMBER, 14);
        field(p, STFldCharType.BEGIN);
        XWPFRun instr = run(p, null, ReportFonts.PAGE_NUMBER, 14);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(p, STFldCharType.SEPARATE);
        run(p, "1", ReportFonts.PAGE_NUMBER, 14);
        field(p, STFldCharType.END);
        run(p, " —", ReportFonts.PAGE_NUMBER, 14);
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type) {
        run(p, null, ReportFonts.PAGE_NUMBER, 14).getCTR().addNewFldChar().setFldCharType(type);
    }

    /** The unit or the date at the end, right-aligned four characters in from the margin. */
    private static void signature(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.RIGHT, 0);
        p.setIndentationRight(2 * INDENT);
        run(p, text, ReportFonts.BODY, BODY_PT);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int firstLine) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(28, LineSpacingRule.EXACT);
        if (firstLine > 0) {
            p.setIndentationFirstLine(firstLine);
            // Also in characters, so the indent stays two characters if someone changes the font size.
            p.getCTP().getPPr().getInd().setFirstLineChars(BigInteger.valueOf(200));
        }
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int points) {
        XWPFRun r = p.createRun();
        for (XWPFRun.FontCharRange range : List.of(XWPFRun.FontCharRange.ascii, XWPFRun.FontCharRange.hAnsi,
                XWPFRun.FontCharRange.eastAsia, XWPFRun.FontCharRange.cs)) {
            r.setFontFamily(font, range);
        }
        r.setFontSize(points);
        if (text != null) {
            r.setText(text);
        }
        return r;
    }

    private static BigInteger twips(double cm) {
        return BigInteger.valueOf(Math.round(cm * CM));
    }
}
