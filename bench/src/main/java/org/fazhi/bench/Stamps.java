package org.fazhi.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/** The created/updated stamps of generated rows: the working day the record was entered, not the day of the bench run. */
final class Stamps {
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private Stamps() {
    }

    /** Half past nine, Beijing time, on {@code day}. */
    static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(9, 30)).toInstant(CHINA);
    }
}
