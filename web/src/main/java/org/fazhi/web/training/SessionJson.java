package org.fazhi.web.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.time.Years;
import org.fazhi.training.study.AttendanceStatus;
import org.fazhi.training.study.Attendee;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.training.study.StudySessionService;

/**
 * A study session as the API sends and receives it: {id, orgId, date, kind, topic, laws:[…], lecturer,
 * minutes, expected, attended} as docs/API.md names them, plus lecturerUnit, note, version,
 * attendanceRate (参学率, read only) and attendees.
 */
public record SessionJson(Long id, Long orgId, String date, String kind, String kindLabel, String topic, List<String> laws,
                          String lecturer, String lecturerUnit, Integer minutes, Integer expected, Integer attended,
                          BigDecimal attendanceRate, String note, Integer version, List<AttendeeJson> attendees) {

    public record AttendeeJson(Long personId, String name, String status, Boolean guest) {
        Attendee toAttendee() {
            return new Attendee(personId, name, status == null ? null : AttendanceStatus.parse(status),
                    guest != null && guest);
        }
    }

    public static SessionJson of(StudySessionService.Recorded r) {
        return of(r.session(), r.attendees());
    }

    public static SessionJson of(StudySession s, List<Attendee> attendees) {
        return new SessionJson(s.id(), s.orgId(), s.date().toString(), s.kind().name(), s.kind().label(), s.topic(),
                s.laws(), s.lecturer(), s.lecturerUnit(), s.minutes(), s.expected(), s.attended(),
                s.attendanceRate().value(), s.note(), s.version(),
                attendees == null ? null : attendees.stream()
                        .map(a -> new AttendeeJson(a.personId(), a.name(), a.status().name(), a.guest())).toList());
    }

    /** The session this input describes; every wrong field is reported at once. */
    public StudySession toSession() {
        FieldErrors errors = new FieldErrors();
        LocalDate d = errors.check(() -> Years.parseDate(date, "date", "日期"));
        StudyKind k = errors.check(() -> StudyKind.parse(kind));
        StudySession s = errors.check(() -> new StudySession(null, orgId == null ? 0 : orgId, d, k, topic, laws, lecturer,
                lecturerUnit, minutes, expected == null ? 0 : expected, attended == null ? 0 : attended, note, 0));
        errors.throwIfAny();
        return s;
    }

    public List<Attendee> toAttendees() {
        if (attendees == null) {
            return null;
        }
        if (attendees.size() > 2000) {
            throw new ValidationException("attendees", "参加人员最多2000人");
        }
        return attendees.stream().map(a -> {
            if (a == null) {
                throw new ValidationException("attendees", "参加人员不能为空");
            }
            Checks.optionalText(a.name(), "attendees.name", "参加人员姓名", 30);
            return a.toAttendee();
        }).toList();
    }
}
