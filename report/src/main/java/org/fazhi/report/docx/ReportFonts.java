package org.fazhi.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * The fonts of official documents, and a font table naming what to use where one is missing: an
 * office PC often lacks 方正小标宋简体 or 仿宋_GB2312, and Word (or WPS) then takes the w:altName —
 * 宋体, 仿宋 — instead of some unrelated font. Nothing is embedded or downloaded.
 */
final class ReportFonts {
    static final String TITLE = "方正小标宋简体";
    static final String HEADING = "黑体";
    static final String BODY = "仿宋_GB2312";
    static final String PAGE_NUMBER = "宋体";

    /** name, altName; w:charset 86 is GB2312. */
    private static final String[][] FONTS = {
        {TITLE, "宋体"}, {HEADING, "SimHei"}, {BODY, "仿宋"}, {"仿宋", "FangSong"}, {PAGE_NUMBER, "SimSun"},
    };

    private ReportFonts() {
    }

    static void addTable(XWPFDocument doc) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (String[] f : FONTS) {
            xml.append("<w:font w:name=\"").append(f[0]).append("\"><w:altName w:val=\"").append(f[1])
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot add the font table", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
