package org.fazhi.duty.duties;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.fazhi.storage.testing.TempLedger;

/** A clock the test sets to a day (10:00 in the ledger's zone), so OVERDUE and date checks are pinned. */
final class TestClock extends Clock {
    private LocalDate day;

    TestClock(LocalDate day) {
        this.day = day;
    }

    void set(LocalDate newDay) {
        this.day = newDay;
    }

    @Override
    public ZoneId getZone() {
        return TempLedger.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return day.atTime(LocalTime.of(10, 0)).atZone(TempLedger.ZONE).toInstant();
    }
}
