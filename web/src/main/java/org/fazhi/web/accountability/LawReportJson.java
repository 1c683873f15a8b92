package org.fazhi.web.accountability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.duty.lawreport.LawReport;
import org.fazhi.duty.lawreport.LawReportSummary;
import org.fazhi.duty.lawreport.ReportRating;
import org.fazhi.duty.lawreport.ReportWay;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.time.Years;

/** The JSON shapes of 年终述法 records and the year's figures. */
public final class LawReportJson {
    private LawReportJson() {
    }

    /**
     * {id, personId, personName, orgId, orgName, year, way, wayLabel, reportedOn, rating, ratingLabel,
     * score, note, version}; personName, orgName, orgId and the labels are read-only (the unit is the person's).
     */
    public record Report(Long id, Long personId, String personName, Long orgId, String orgName, Integer year,
                         String way, String wayLabel, String reportedOn, String rating, String ratingLabel,
                         Double score, String note, Integer version) {
        static Report of(LawReport r) {
            return new Report(r.id(), r.personId(), r.personName(), r.orgId(), r.orgName(), r.year(), r.way().name(),
                    r.way().label(), r.reportedOn().toString(), r.rating() == null ? null : r.rating().name(),
                    r.rating() == null ? null : r.rating().label(), r.score(), r.note(), r.version());
        }

        LawReport toDraft() {
            return draft(personId, year, way, reportedOn, rating, score, note);
        }
    }

    /** Parses the typed fields, collecting every problem (the record adds its own checks). */
    static LawReport draft(Long personId, Integer year, String way, String reportedOn, String rating, Double score,
                           String note) {
        FieldErrors errors = new FieldErrors();
        errors.run(() -> {
            if (personId == null) {
                throw new ValidationException("personId", "述法人不能为空");
            }
        });
        errors.run(() -> {
            if (year == null) {
                throw new ValidationException("year", "年度不能为空");
            }
        });
        ReportWay w = errors.check(() -> ReportWay.parse(way));
        LocalDate on = errors.check(() -> Years.parseDate(reportedOn, "reportedOn", "述法日期"));
        ReportRating r = rating == null || rating.isBlank() ? null : errors.check(() -> ReportRating.parse(rating));
        LawReport draft = errors.check(() -> LawReport.draft(personId == null ? 0 : personId, year == null ? 0 : year,
                w, on, r, score, note));
        errors.throwIfAny();
        return draft;
    }

    /** {year, orgId, leaders, reported, rate, rateText, reports, byWay, byRating, unrated, summary}. */
    public record Summary(int year, Long orgId, long leaders, long reported, BigDecimal rate, String rateText,
                          long reports, Map<String, Long> byWay, Map<String, Long> byRating, long unrated,
                          String summary) {
        static Summary of(LawReportSummary s) {
            Map<String, Long> ways = new LinkedHashMap<>();
            s.byWay().forEach((k, v) -> ways.put(k.name(), v));
            Map<String, Long> ratings = new LinkedHashMap<>();
            s.byRating().forEach((k, v) -> ratings.put(k.name(), v));
            return new Summary(s.year(), s.orgId(), s.leaders(), s.reported(), s.rate(),
                    Percent.of(s.reported(), s.leaders()).text(), s.reports(), ways, ratings, s.unrated(), s.summary());
        }
    }
}
