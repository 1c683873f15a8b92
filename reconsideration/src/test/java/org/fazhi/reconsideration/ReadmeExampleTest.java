package org.fazhi.reconsideration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.model.ReadmeExample;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.reconsideration.cases.ApplicantType;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.MatterCategory;
import org.fazhi.reconsideration.cases.Procedure;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.reconsideration.stats.ReconsiderationStats;
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
        // "Today" for due dates and stamps is the ledger's clock, here pinned to 2025-06-30 in China.
        Clock clock = Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (Database db = Database.open(DataFolder.open(dir),
                List.of(DutyTrackingSchema.MIGRATIONS, ReconsiderationSchema.MIGRATIONS))) {
            CoreServices core = new CoreServices(db, clock);
            Reconsiderations ledger = new Reconsiderations(db, core.audit(), clock);
            Actor actor = Actor.SYSTEM;
            Org county = core.orgs().create(actor, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null));
            Org market = core.orgs().create(actor, Org.draft("清河县市场监督管理局", OrgKind.DEPARTMENT, county.id()));

            ReconsiderationCase c = ledger.cases().create(actor, ReconsiderationCase.draft("清政复决字〔2025〕1号", "张某某",
                    ApplicantType.CITIZEN, market.id(), MatterCategory.PENALTY, LocalDate.of(2025, 3, 3),
                    LocalDate.of(2025, 3, 5), null, Procedure.NORMAL, 0, LocalDate.of(2025, 4, 28), Decision.REVOKED,
                    false, null, null));
            LocalDate due = c.dueOn();                                  // 2025-05-04: 60 days after acceptance

            ReconsiderationStats year = ledger.stats().stats(actor, 2025, null);
            String sentence = year.summary();
            // "2025年收到行政复议申请1件,受理1件(受理率100.0%),审结1件,按期结案率100.0%,直接纠错率100.0%,综合纠错率100.0%。"
            // example:end
            assertEquals(LocalDate.of(2025, 5, 4), due);
            assertEquals("2025年收到行政复议申请1件,受理1件(受理率100.0%),审结1件,按期结案率100.0%,直接纠错率100.0%,综合纠错率100.0%。",
                    sentence);
        }
    }

    @Test
    void theReadmeShowsThisExample() {
        ReadmeExample.assertReadmeShows(ReadmeExampleTest.class);
    }
}
