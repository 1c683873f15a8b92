package org.fazhi.training.study;

import org.fazhi.model.Checks;
import org.fazhi.model.ValidationException;

/**
 * One person at a session: someone of the unit ({@code personId}) or a guest by name (列席), who is
 * counted apart and never in 应到/实到.
 */
public record Attendee(Long personId, String name, AttendanceStatus status, boolean guest) {
    public Attendee {
        Checks.optionalId(personId, "attendees.personId", "参加人员");
        name = Checks.optionalText(name, "attendees.name", "参加人员姓名", 30);
        if (personId == null && name == null) {
            throw new ValidationException("attendees", "参加人员须选择本单位人员或填写列席人员姓名");
        }
        if (guest && personId != null) {
            throw new ValidationException("attendees", "列席人员按姓名登记,不关联本单位人员");
        }
        if (status == null) {
            status = AttendanceStatus.PRESENT;
        }
    }
}
