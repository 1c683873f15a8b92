package org.fazhi.storage.core;

import java.time.LocalDate;
import org.fazhi.model.Checks;
import org.fazhi.model.ValidationException;

/** What an admin narrows the audit log by; every part optional. Dates are inclusive, in local time. */
public record AuditFilter(String username, String entity, Long entityId, String action, LocalDate from, LocalDate to) {
    public AuditFilter {
        username = Checks.optionalText(username, "username", "用户名", 32);
        entity = Checks.optionalText(entity, "entity", "对象类型", 32);
        action = Checks.optionalText(action, "action", "操作", 32);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to", "结束日期不能早于开始日期");
        }
    }

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);
}
