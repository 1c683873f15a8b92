package org.fazhi.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.CaseOutcome;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.court.Instance;
import org.fazhi.model.ReadmeExample;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of README.md, compiled and run on a real SQLite file; {@link ReadmeExample} keeps the two identical. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeExampleRuns() {
        // example:start
        try (Database db = Database.open(DataFolder.open(dir), List.of(DutyTrackingSchema.MIGRATIONS))) {
            CoreServices core = new CoreServices(db, ZoneId.of("Asia/Shanghai"));
            DutyTracking duty = new DutyTracking(db, core.audit());
            Actor actor = Actor.SYSTEM;
            Org bureau = core.orgs().create(actor, Org.draft("清河县自然资源局", OrgKind.DEPARTMENT, null));

            // Two first-instance cases heard in 2024; the head appeared at one of them.
            for (String caseNo : List.of("(2024)皖0101行初1号", "(2024)皖0101行初2号")) {
                CourtCase c = duty.courtCases().create(actor, new CourtCase(null, caseNo, "清河县人民法院", Instance.FIRST,
                        bureau.id(), null, "行政处罚", null, LocalDate.of(2024, 2, 1), CaseOutcome.PENDING, 0));
                boolean appeared = caseNo.endsWith("1号");
                duty.courtCases().addHearing(actor, c.id(), new Hearing(null, c.id(), LocalDate.of(2024, 4, 10),
                        LocalDate.of(2024, 4, 1), appeared, appeared ? "张局长" : null, appeared ? "局长" : null,
                        appeared ? LeaderCategory.PRINCIPAL : null, appeared, appeared ? null : AbsenceReason.OTHER_JUSTIFIED,
                        appeared ? null : "局长参加市政府专题会议,委托副局长出庭", null, false, 0));
            }
            String rate = duty.appearance().rates(actor, 2024, bureau.id()).total().rateText();   // "50.0%"
            // example:end
            assertEquals("50.0%", rate);
        }
    }

    @Test
    void theReadmeShowsThisExample() {
        ReadmeExample.assertReadmeShows(ReadmeExampleTest.class);
    }
}
