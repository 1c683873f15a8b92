package org.fazhi.duty;

import java.time.LocalDate;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.court.Instance;
import org.fazhi.model.org.Org;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.storage.testing.TestCounty;

/**
 * The shared test county ({@link TestCounty}: 清河县 with 司法局, 公证处, 财政局, 城关镇; 另一县 with 教育局) with
 * this module's services wired as the server wires them, and court cases and hearings made for the tests.
 */
public final class Court extends TestCounty {
    public final DutyTracking duty;
    private int caseNumber;

    public Court() {
        super(DutyTrackingSchema.MIGRATIONS);
        duty = new DutyTracking(ledger.database(), core.audit());
    }

    /** A new first-instance case of {@code defendant} with a fresh case number. */
    public CourtCase newCase(Org defendant) {
        return newCase(defendant, "(2024)皖0101行初" + (++caseNumber) + "号", Instance.FIRST);
    }

    public CourtCase newCase(Org defendant, String caseNo, Instance instance) {
        return duty.courtCases().create(ADMIN, CourtCase.draft(caseNo, "清河县人民法院", instance, defendant.id(),
                "行政处罚", LocalDate.of(2020, 1, 1)));
    }

    /** Adds a hearing at which a head of {@code category} appeared (and spoke). */
    public Hearing appeared(CourtCase c, String date, LeaderCategory category) {
        return duty.courtCases().addHearing(ADMIN, c.id(),
                Hearing.appeared(LocalDate.parse(date), null, "某负责人", "局长", category, true)).hearing();
    }

    /** Adds a hearing at which no head appeared. */
    public Hearing absent(CourtCase c, String date, AbsenceReason reason) {
        return duty.courtCases().addHearing(ADMIN, c.id(),
                Hearing.absent(LocalDate.parse(date), null, reason, "李科员", false)).hearing();
    }
}
