package org.fazhi.web.accountability;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationStatus;
import org.fazhi.duty.rectify.RectificationStep;
import org.fazhi.duty.rectify.RectificationSummary;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.time.Years;

/** The JSON shapes of the 整改 ledger: items, their steps and the year's figures. */
public final class RectificationJson {
    private RectificationJson() {
    }

    /**
     * {id, orgId, orgName, problem, source, foundOn, deadline, measures, responsible, status, statusLabel,
     * closedOn, closingNote, overdue, version}; orgName, statusLabel, closedOn, closingNote and overdue are
     * read-only, and status may only be sent unchanged (it moves through the step endpoints).
     */
    public record Item(Long id, Long orgId, String orgName, String problem, String source, String foundOn,
                       String deadline, String measures, String responsible, String status, String statusLabel,
                       String closedOn, String closingNote, Boolean overdue, Integer version) {
        static Item of(Rectification r) {
            return new Item(r.id(), r.orgId(), r.orgName(), r.problem(), r.source(), r.foundOn().toString(),
                    r.deadline().toString(), r.measures(), r.responsible(), r.status().name(), r.status().label(),
                    r.closedOn() == null ? null : r.closedOn().toString(), r.closingNote(), r.overdue(), r.version());
        }

        Rectification toDraft() {
            return draft(orgId, problem, source, foundOn, deadline, measures, responsible, status);
        }
    }

    static Rectification draft(Long orgId, String problem, String source, String foundOn, String deadline,
                               String measures, String responsible, String status) {
        FieldErrors errors = new FieldErrors();
        errors.run(() -> {
            if (orgId == null) {
                throw new ValidationException("orgId", "整改单位不能为空");
            }
        });
        LocalDate found = errors.check(() -> Years.parseDate(foundOn, "foundOn", "发现日期"));
        LocalDate due = errors.check(() -> Years.parseDate(deadline, "deadline", "整改期限"));
        RectificationStatus s = status == null || status.isBlank() ? null
                : errors.check(() -> RectificationStatus.parse(status));
        Rectification r = errors.check(() -> new Rectification(null, orgId == null ? 0 : orgId, null, problem, source,
                found, due, measures, responsible, s, null, null, false, 0));
        errors.throwIfAny();
        return r;
    }

    /**
     * The body of a step (all optional but as each step needs): {version, comment} to start;
     * {version, measures, comment} to mark rectified; {version, closingNote} to close (销号);
     * {version, reason} to reopen.
     */
    public record Step(Integer version, String comment, String measures, String closingNote, String reason) {
        static final Step NONE = new Step(null, null, null, null, null);
    }

    /** {id, action, actionLabel, fromStatus, toStatus, comment, actor, at}. */
    public record Trail(long id, String action, String actionLabel, String fromStatus, String toStatus, String comment,
                        String actor, String at) {
        static Trail of(RectificationStep s) {
            return new Trail(s.id(), s.action().name(), s.action().label(), s.fromStatus().name(), s.toStatus().name(),
                    s.comment(), s.actor(), s.at().toString());
        }
    }

    /** {year, orgId, total, closed, open, overdue, closedOnTime, closedRate, closedRateText, summary}. */
    public record Summary(int year, Long orgId, long total, long closed, long open, long overdue, long closedOnTime,
                          BigDecimal closedRate, String closedRateText, String summary) {
        static Summary of(RectificationSummary s) {
            return new Summary(s.year(), s.orgId(), s.total(), s.closed(), s.open(), s.overdue(), s.closedOnTime(),
                    s.closedRate(), Percent.of(s.closed(), s.total()).text(), s.summary());
        }
    }
}
