package org.fazhi.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * A Word file in the layout of official documents (GB/T 9704 style), for the annual report, the monthly
 * 通报 and whatever else the office sends upward: A4 with margins 3.7 cm top, 3.5 cm bottom, 2.8 cm left,
 * 2.6 cm right; the title in 2号 (22 pt) 小标宋 centred; headings in 3号 (16 pt) 黑体; the body in 3号 仿宋
 * with a two-character first-line indent and a fixed 28 pt line; tables in 4号 (14 pt) 仿宋; "— 1 —" page
 * numbers in the footer; the unit and date at the end. Fonts missing on the reader's PC fall back through
 * the font table ({@link ReportFonts}).
 *
 * <pre>
 * try (OfficialDocx doc = new OfficialDocx()) {
 *     doc.title("…");  doc.heading("一、…");  doc.body("…");  doc.signature("某县人民政府", "2025年3月1日");
 *     doc.write(out);
 * }
 * </pre>
 */
public final class OfficialDocx implements AutoCloseable {
    /** Twips (1/20 pt) per centimetre. */
    private static final double CM = 1440 / 2.54;
    private static final int BODY_PT = 16;
    private static final int TABLE_PT = 14;
    /** Two characters of the body font. */
    private static final int INDENT = 2 * BODY_PT * 20;

    private final XWPFDocument doc = new XWPFDocument();

    public OfficialDocx() {
        page();
        ReportFonts.addTable(doc);
        footer();
    }

    /** The title, centred, a blank line's space below it. */
    public void title(String text) {
        XWPFParagraph title = paragraph(ParagraphAlignment.CENTER, 0);
        title.setSpacingAfter(28 * 20);
        run(title, text, ReportFonts.TITLE, 22);
    }

    /** A heading ("一、…") in 黑体, indented like the body. */
    public void heading(String text) {
        run(paragraph(ParagraphAlignment.BOTH, INDENT), text, ReportFonts.HEADING, BODY_PT);
    }

    /** A paragraph of the body. */
    public void body(String text) {
        run(paragraph(ParagraphAlignment.BOTH, INDENT), text, ReportFonts.BODY, BODY_PT);
    }

    /**
     * A table across the page: the header row in 黑体, then the rows; every row as wide as the header
     * (missing cells blank).
     */
    public void table(List<String> header, List<List<String>> rows) {
        XWPFTable t = doc.createTable(rows.size() + 1, header.size());
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidth("100%");
        fill(t.getRow(0), header, ReportFonts.HEADING);
        for (int i = 0; i < rows.size(); i++) {
            fill(t.getRow(i + 1), rows.get(i), ReportFonts.BODY);
        }
        // A table ends the paragraph flow: an empty line keeps what follows from sticking to it.
        paragraph(ParagraphAlignment.BOTH, 0);
    }

    /** The unit and the date at the end, after a blank line, right-aligned four characters in from the margin. */
    public void signature(String unit, String date) {
        paragraph(ParagraphAlignment.RIGHT, 0);
        signatureLine(unit);
        signatureLine(date);
    }

    public void write(OutputStream out) throws IOException {
        doc.write(out);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private void fill(XWPFTableRow row, List<String> cells, String font) {
        for (int c = 0; c < row.getTableCells().size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            String text = c < cells.size() ? cells.get(c) : null;
            run(p, text == null ? "" : text, font, TABLE_PT);
        }
    }

    private void page() {
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
    private void footer() {
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

    private void signatureLine(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT, 0);
        p.setIndentationRight(2 * INDENT);
        run(p, text, ReportFonts.BODY, BODY_PT);
    }

    private XWPFParagraph paragraph(ParagraphAlignment align, int firstLine) {
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
