package org.fazhi.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.org.Org;
import org.fazhi.report.sentences.Statistic;

/**
 * A unit's report for a year as it reads: the five parts, each with the statistics sentences generated
 * for it and the narrative people wrote, the status and the deadline. {@code statistics} are live
 * figures for a draft and the frozen ones for a published report.
 */
public record AnnualReport(Org org, int year, ReportStatus status, LocalDate publishedOn, LocalDate deadline,
                           int version, List<Statistic> statistics, StoredReport stored) {

    /** One part: its generated sentences first, then the narrative's paragraphs. */
    public record Part(ReportPart part, List<Statistic> generated, String narrative) {
        /** The part's paragraphs in print order: one per generated sentence, then one per narrative line. */
        public List<String> paragraphs() {
            List<String> out = new ArrayList<>();
            generated.forEach(s -> out.add(s.text()));
            out.addAll(AnnualReport.lines(narrative));
            return out;
        }

        /** The whole part as plain text, one paragraph a line. */
        public String text() {
            return String.join("\n", paragraphs());
        }
    }

    /** "清河县人民政府2025年度法治政府建设工作报告" */
    public String title() {
        return org.name() + year + "年度法治政府建设工作报告";
    }

    public boolean published() {
        return status == ReportStatus.PUBLISHED;
    }

    public List<Part> parts() {
        List<Part> out = new ArrayList<>();
        for (ReportPart p : ReportPart.values()) {
            out.add(new Part(p, statistics.stream().filter(s -> s.part() == p).toList(), stored.narrative(p)));
        }
        return out;
    }

    /** The date the report is signed with: the day it was published, or {@code today} for a draft. */
    public LocalDate signedOn(LocalDate today) {
        return publishedOn != null ? publishedOn : today;
    }

    /** The non-blank lines of a narrative, each a paragraph. */
    public static List<String> lines(String narrative) {
        List<String> out = new ArrayList<>();
        if (narrative != null) {
            for (String line : narrative.split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }
}
