package org.fazhi.duty.duties;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One duty of one leader in one year, as read on a given day. Code, title, frequency and basis are
 * copies taken from the catalogue when the plan was made, so a later catalogue never rewrites it.
 *
 * @param orgId          the leader's unit when the plan was made; scope checks follow it
 * @param status         as read today: OVERDUE when {@code recordedStatus} is open and the due date has passed
 * @param recordedStatus as stored (never OVERDUE)
 * @param naReason       present exactly when the status is NOT_APPLICABLE
 * @param evidenceCount  files, links and notes attached
 */
public record DutyItem(long id, int year, long personId, String personName, long orgId, String orgName, String code,
                       String title, DutyFrequency frequency, String legalBasis, LocalDate dueDate, DutyStatus status,
                       DutyStatus recordedStatus, String naReason, String note, ReviewState reviewState,
                       int evidenceCount, int version, Instant createdAt, Instant updatedAt) {

    /** "张三 2024年“将法治政府建设纳入…”" as messages and the audit log name it. */
    public String describe() {
        return personName + " " + year + "年“" + title + "”";
    }
}
