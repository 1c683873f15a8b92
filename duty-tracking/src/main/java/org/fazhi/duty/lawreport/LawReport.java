package org.fazhi.duty.lawreport;

import java.time.LocalDate;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.time.Years;

/**
 * A leader's 年终述法 of one year: how it was given, when, and the 评议等次/得分 it earned. The unit
 * is the leader's unit when the report was first recorded; {@code personName} and {@code orgName}
 * are read from the stored person and unit (ignored in a draft).
 *
 * @param reportedOn the date of the 述法; the year-end report of year Y is often given early in Y+1
 * @param rating     optional until the 评议 is done
 * @param score      optional, 0–100 with at most one decimal
 */
public record LawReport(Long id, long personId, String personName, long orgId, String orgName, int year,
                        ReportWay way, LocalDate reportedOn, ReportRating rating, Double score, String note,
                        int version) {
    public static final int NOTE_MAX = 500;

    public LawReport {
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Checks.optionalId(id, "id", "述法记录"));
        errors.check(() -> Checks.requiredRef(personId, "personId", "述法人"));
        Integer checkedYear = errors.check(() -> Years.check(year, "year"));
        errors.check(() -> Checks.required(way, "way", "述法方式"));
        errors.check(() -> Checks.required(reportedOn, "reportedOn", "述法日期"));
        errors.run(() -> {
            if (reportedOn != null && checkedYear != null
                    && (reportedOn.getYear() < year || reportedOn.getYear() > year + 1)) {
                throw new ValidationException("reportedOn", "述法日期应在" + year + "年或" + (year + 1)
                        + "年内(年终述法可在次年年初进行)");
            }
        });
        errors.run(() -> checkScore(score));
        note = errors.check(note, v -> Checks.optionalText(v, "note", "备注", NOTE_MAX));
        errors.check(() -> Checks.version(version));
        errors.throwIfAny();
    }

    /** A report to store: the unit and names are filled in from the person. */
    public static LawReport draft(long personId, int year, ReportWay way, LocalDate reportedOn, ReportRating rating,
                                  Double score, String note) {
        return new LawReport(null, personId, null, 0, null, year, way, reportedOn, rating, score, note, 0);
    }

    /** This report as stored under {@code newId} (null: not yet stored) in {@code newOrgId}, based on {@code newVersion}. */
    public LawReport stored(Long newId, long newOrgId, int newVersion) {
        return new LawReport(newId, personId, personName, newOrgId, orgName, year, way, reportedOn, rating, score, note,
                newVersion);
    }

    /** "李明 2024年度述法", as messages and the audit log name it. */
    public String title() {
        return (personName == null ? "编号 " + personId : personName) + " " + year + "年度述法";
    }

    private static void checkScore(Double score) {
        if (score == null) {
            return;
        }
        if (score.isNaN() || score < 0 || score > 100) {
            throw new ValidationException("score", "得分应在0到100之间");
        }
        if (Math.round(score * 10) != score * 10) {
            throw new ValidationException("score", "得分最多保留一位小数");
        }
    }
}
