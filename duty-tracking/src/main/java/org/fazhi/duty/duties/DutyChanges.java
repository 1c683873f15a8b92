package org.fazhi.duty.duties;

import java.time.LocalDate;

/**
 * What a unit or the organiser may change on an item (the rest is the plan's).
 *
 * @param status   required; OVERDUE sent back as read means "unchanged"
 * @param naReason required with NOT_APPLICABLE, dropped otherwise
 * @param dueDate  null keeps the stored one; only the organiser above the unit may move it
 */
public record DutyChanges(DutyStatus status, String naReason, String note, LocalDate dueDate) {
}
