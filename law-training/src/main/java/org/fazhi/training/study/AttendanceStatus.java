package org.fazhi.training.study;

import org.fazhi.model.Coded;

/** How an expected attendee took part. Present and late count as attended. */
public enum AttendanceStatus implements Coded {
    PRESENT("出席"),
    LATE("迟到"),
    LEAVE("请假"),
    ABSENT("缺席");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }

    public static AttendanceStatus parse(String value) {
        return Coded.parse(AttendanceStatus.class, value, "attendees.status", "参加情况");
    }
}
