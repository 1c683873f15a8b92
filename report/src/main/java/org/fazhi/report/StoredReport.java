package org.fazhi.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A report row as stored: the five narratives, the status and, once published, the date and the
 * statistics as published (JSON). {@code version} 0 stands for a report nobody has saved yet.
 */
public record StoredReport(Long id, long orgId, int year, String measures, String shortcomings, String duties,
                           String plans, String other, ReportStatus status, LocalDate publishedOn,
                           String publishedStatistics, int version) {

    /** The report of a unit and year before anyone saved it. */
    public static StoredReport empty(long orgId, int year) {
        return new StoredReport(null, orgId, year, null, null, null, null, null, ReportStatus.DRAFT, null, null, 0);
    }

    public String narrative(ReportPart part) {
        return switch (part) {
            case MEASURES -> measures;
            case SHORTCOMINGS -> shortcomings;
            case DUTIES -> duties;
            case PLANS -> plans;
            case OTHER -> other;
        };
    }

    public Map<ReportPart, String> narratives() {
        Map<ReportPart, String> m = new EnumMap<>(ReportPart.class);
        for (ReportPart p : ReportPart.values()) {
            if (narrative(p) != null) {
                m.put(p, narrative(p));
            }
        }
        return m;
    }

    /** These narratives with {@code changes} laid over them (parts not in it keep their text). */
    public StoredReport withNarratives(Map<ReportPart, String> changes, int basedOn) {
        Map<ReportPart, String> n = narratives();
        changes.forEach((p, text) -> {
            if (text == null) {
                n.remove(p);
            } else {
                n.put(p, text);
            }
        });
        return new StoredReport(id, orgId, year, n.get(ReportPart.MEASURES), n.get(ReportPart.SHORTCOMINGS),
                n.get(ReportPart.DUTIES), n.get(ReportPart.PLANS), n.get(ReportPart.OTHER), status, publishedOn,
                publishedStatistics, basedOn);
    }

    public StoredReport withStatus(ReportStatus next, LocalDate on, String statistics, int basedOn) {
        return new StoredReport(id, orgId, year, measures, shortcomings, duties, plans, other, next, on, statistics,
                basedOn);
    }

    public boolean published() {
        return status == ReportStatus.PUBLISHED;
    }
}
