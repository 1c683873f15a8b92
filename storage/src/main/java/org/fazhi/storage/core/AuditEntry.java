package org.fazhi.storage.core;

import java.time.Instant;

/** One line of the audit log: who did what to which record, with JSON snapshots before and after. */
public record AuditEntry(long id, Instant at, Long userId, String username, String action, String entity,
                         Long entityId, Long orgId, String summary, String beforeJson, String afterJson) {
}
