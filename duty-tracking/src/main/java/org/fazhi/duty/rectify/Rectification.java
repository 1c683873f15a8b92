package org.fazhi.duty.rectify;

import java.time.LocalDate;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;

/**
 * A problem found in an inspection (督察) that a unit must rectify by a deadline, tracked through
 * to 销号. {@code orgName} and {@code overdue} are read-only: the unit's name, and "not CLOSED and
 * the deadline has passed" as of the day it was read. {@code status}, {@code closedOn} and
 * {@code closingNote} change only through the service's steps; in a draft {@code status} null means
 * "not given".
 *
 * @param source      which inspection found it, e.g. 2024年法治政府建设督察
 * @param measures    the 整改措施; required once the item is marked rectified
 * @param responsible who answers for the rectification (责任人)
 */
public record Rectification(Long id, long orgId, String orgName, String problem, String source, LocalDate foundOn,
                            LocalDate deadline, String measures, String responsible, RectificationStatus status,
                            LocalDate closedOn, String closingNote, boolean overdue, int version) {
    public static final int PROBLEM_MAX = 500;
    public static final int MEASURES_MAX = 2000;
    public static final int NOTE_MAX = 500;

    public Rectification {
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Checks.optionalId(id, "id", "整改事项"));
        errors.check(() -> Checks.requiredRef(orgId, "orgId", "整改单位"));
        problem = errors.check(problem, v -> Checks.requiredText(v, "problem", "问题描述", PROBLEM_MAX));
        source = errors.check(source, v -> Checks.optionalText(v, "source", "问题来源", 100));
        errors.check(() -> Checks.requiredDate(foundOn, "foundOn", "发现日期"));
        errors.run(() -> {
            Checks.requiredDate(deadline, "deadline", "整改期限");
            if (foundOn != null && deadline.isBefore(foundOn)) {
                throw new ValidationException("deadline", "整改期限不能早于发现日期 " + foundOn);
            }
        });
        measures = errors.check(measures, v -> Checks.optionalText(v, "measures", "整改措施", MEASURES_MAX));
        responsible = errors.check(responsible, v -> Checks.optionalText(v, "responsible", "责任人", 60));
        closingNote = errors.check(closingNote, v -> Checks.optionalText(v, "closingNote", "销号说明", NOTE_MAX));
        errors.check(() -> Checks.version(version));
        errors.throwIfAny();
    }

    /** A new item, not yet stored (status given by the service: OPEN). */
    public static Rectification draft(long orgId, String problem, String source, LocalDate foundOn, LocalDate deadline,
                                      String measures, String responsible) {
        return new Rectification(null, orgId, null, problem, source, foundOn, deadline, measures, responsible, null,
                null, null, false, 0);
    }

    /** The editable fields of {@code changes} on this stored item, based on {@code expectedVersion}. */
    Rectification edited(Rectification changes, int expectedVersion) {
        return new Rectification(id, changes.orgId(), orgName, changes.problem(), changes.source(), changes.foundOn(),
                changes.deadline(), changes.measures(), changes.responsible(), status, closedOn, closingNote, overdue,
                expectedVersion);
    }

    /** 整改事项“…” with the problem shortened, as messages and the audit log name an item. */
    public String title() {
        String p = problem.length() > 30 ? problem.substring(0, 30) + "…" : problem;
        return "整改事项“" + p + "”";
    }
}
