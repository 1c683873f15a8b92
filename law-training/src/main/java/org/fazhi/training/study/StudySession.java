package org.fazhi.training.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.calc.Percent;

/**
 * A 学法 record: who studied what, when, for how long, and how many of those expected came.
 * 实到 never exceeds 应到; guests are counted apart.
 */
public record StudySession(Long id, long orgId, LocalDate date, StudyKind kind, String topic, List<String> laws,
                           String lecturer, String lecturerUnit, Integer minutes, int expected, int attended,
                           String note, int version) {
    public static final int TOPIC_MAX = 200;
    public static final int LAW_MAX = 100;
    public static final int LAWS_MAX = 50;
    /** A study day at the most. */
    public static final int MINUTES_MAX = 24 * 60;
    public static final int PEOPLE_MAX = 100_000;
    private static final java.util.regex.Pattern LAW_SEPARATORS = java.util.regex.Pattern.compile("[、;；\\n]");

    public StudySession {
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Checks.optionalId(id, "id", "学法记录"));
        errors.check(() -> Checks.requiredRef(orgId, "orgId", "单位"));
        errors.check(() -> Checks.requiredDate(date, "date", "日期"));
        errors.check(() -> Checks.required(kind, "kind", "学法类型"));
        topic = errors.check(topic, v -> Checks.requiredText(v, "topic", "主题", TOPIC_MAX));
        laws = errors.check(laws, StudySession::cleanLaws);
        lecturer = errors.check(lecturer, v -> Checks.optionalText(v, "lecturer", "主讲人", 30));
        lecturerUnit = errors.check(lecturerUnit, v -> Checks.optionalText(v, "lecturerUnit", "主讲人单位", 60));
        note = errors.check(note, v -> Checks.optionalText(v, "note", "备注", 1000));
        errors.refuseIf(minutes != null && (minutes < 1 || minutes > MINUTES_MAX), "minutes",
                "时长应在1到" + MINUTES_MAX + "分钟之间");
        errors.refuseIf(expected < 0 || expected > PEOPLE_MAX, "expected", "应到人数应在0到" + PEOPLE_MAX + "之间");
        errors.refuseIf(attended < 0, "attended", "实到人数不能为负数");
        errors.refuseIf(attended > expected, "attended", "实到人数(" + attended + ")不能超过应到人数(" + expected + ");列席人员另行登记");
        errors.throwIfAny();
        laws = laws == null ? List.of() : laws;
    }

    /** 参学率 = 实到 ÷ 应到. */
    public Percent attendanceRate() {
        return Percent.of(attended, expected);
    }

    public StudySession withId(long newId) {
        return new StudySession(newId, orgId, date, kind, topic, laws, lecturer, lecturerUnit, minutes, expected,
                attended, note, version);
    }

    /** Takes 实到 from the attendee list (guests apart), when one was recorded, and 应到 as given but never below the list. */
    public StudySession withAttendance(List<Attendee> attendees) {
        if (attendees == null || attendees.stream().noneMatch(a -> !a.guest())) {
            return this;
        }
        // 应到 as given unless more of the unit's people are listed: a list may name only some of those expected
        // (a QR sign-in lists who came), and the sign-in's close counts it the same way.
        int exp = Math.max(expected, (int) attendees.stream().filter(a -> !a.guest()).count());
        int att = (int) attendees.stream().filter(a -> !a.guest() && a.status().attended()).count();
        return new StudySession(id, orgId, date, kind, topic, laws, lecturer, lecturerUnit, minutes, exp, att, note, version);
    }

    /** Laws as typed: trimmed, blanks and repeats dropped; "、", ";" and "；" also split one entry. */
    static List<String> cleanLaws(List<String> laws) {
        if (laws == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String raw : laws) {
            if (raw == null) {
                continue;
            }
            for (String part : split(raw)) {
                out.add(Checks.requiredText(part, "laws", "所学法律法规名称", LAW_MAX));
            }
        }
        if (out.size() > LAWS_MAX) {
            throw new ValidationException("laws", "所学法律法规最多" + LAWS_MAX + "部");
        }
        return List.copyOf(out);
    }

    /**
     * The one rule on when a session may be dated: the ledger records study that took place, so a date
     * after {@code today} is a typing error. The service (pages and JSON API), the bulk import and the
     * spreadsheet import all ask this, each with its module's clock.
     *
     * @throws ValidationException on field {@code date} when {@code date} is after {@code today}
     */
    public static void requireHeld(LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new ValidationException("date", "日期(" + date + ")晚于今天;学法台账登记已经开展的学法");
        }
    }

    /** Splits a spreadsheet cell such as "宪法、民法典;行政复议法". */
    public static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String p : LAW_SEPARATORS.split(cell)) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}
