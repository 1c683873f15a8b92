package org.fazhi.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.fazhi.report.AnnualReport;
import org.fazhi.report.deadline.ReportDeadline;

/**
 * The annual report as a Word file in the layout of official documents ({@link OfficialDocx}): the
 * title, each part's heading and paragraphs, then the unit and the date it is signed on.
 */
public final class ReportDocx {
    private ReportDocx() {
    }

    public static void write(AnnualReport report, LocalDate today, OutputStream out) throws IOException {
        try (OfficialDocx doc = new OfficialDocx()) {
            doc.title(report.title());
            for (AnnualReport.Part part : report.parts()) {
                doc.heading(part.part().title());
                for (String text : part.paragraphs()) {
                    doc.body(text);
                }
            }
            doc.signature(report.org().name(), ReportDeadline.chineseDate(report.signedOn(today)));
            doc.write(out);
        }
    }
}
