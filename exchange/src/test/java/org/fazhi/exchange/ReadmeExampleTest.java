package org.fazhi.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.fazhi.assessment.AssessmentSchema;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.model.Page;
import org.fazhi.model.ReadmeExample;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.reconsideration.ReconsiderationSchema;
import org.fazhi.report.ReportSchema;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.migrate.MigrationSet;
import org.fazhi.training.LawTraining;
import org.fazhi.training.LawTrainingSchema;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of README.md, compiled and run on two real SQLite files; {@link ReadmeExample} keeps the two identical. */
class ReadmeExampleTest {
    @TempDir
    Path countyDir;
    @TempDir
    Path cityDir;

    @Test
    void theReadmeExampleRuns() {
        // example:start
        Clock clock = Clock.fixed(Instant.parse("2025-02-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        List<MigrationSet> modules = List.of(LawTrainingSchema.MIGRATIONS, DutyTrackingSchema.MIGRATIONS,
                AssessmentSchema.MIGRATIONS, ReconsiderationSchema.MIGRATIONS, ReportSchema.MIGRATIONS,
                ExchangeSchema.MIGRATIONS);
        Actor actor = Actor.SYSTEM;
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        String countyKey;
        // The county: its year 2024 as one signed file. The root unit needs its 统一社会信用代码.
        try (Database db = Database.open(DataFolder.open(countyDir), modules)) {
            CoreServices core = new CoreServices(db, clock);
            Org county = core.orgs().create(actor, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null, "11341100003000001P"));
            new LawTraining(db, core.audit(), clock).sessions().create(actor, new StudySession(null, county.id(),
                    LocalDate.of(2024, 5, 6), StudyKind.EXEC_MEETING, "学习行政复议法", List.of(), "王律师", null, 60, 10, 9,
                    null, 0), List.of());
            Exchange exchange = new Exchange(db, core.audit(), clock);
            countyKey = exchange.publicKey().pem();                  // given to the city; fingerprints compared by phone
            exchange.export(actor, county.id(), 2024, file);
        }
        // The city: the county in its tree under the same code, the county's key trusted, the file taken in.
        try (Database db = Database.open(DataFolder.open(cityDir), modules)) {
            CoreServices core = new CoreServices(db, clock);
            Org city = core.orgs().create(actor, Org.draft("滁州市人民政府", OrgKind.CITY_GOV, null, "113411000030000041"));
            core.orgs().create(actor, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, city.id(), "11341100003000001P"));
            Exchange exchange = new Exchange(db, core.audit(), clock);
            exchange.trustedKeys().trust(actor, "清河县", countyKey);
            PackageImporter.Imported in = exchange.receive(actor, new ByteArrayInputStream(file.toByteArray()));
            int records = in.records();                                // 1: the session, now read-only at the city
            boolean again = exchange.receive(actor, new ByteArrayInputStream(file.toByteArray())).unchanged();   // true
            // example:end
            assertEquals(1, records);
            assertEquals(2024, in.year());
            assertFalse(in.replaced());
            assertTrue(again, "the same file twice changes nothing");
            assertEquals(1, new LawTraining(db, core.audit(), clock).sessions().list(actor,
                    new SessionFilter(null, 2024, null, null), Page.FIRST).total());
        }
    }

    @Test
    void theReadmeShowsThisExample() {
        ReadmeExample.assertReadmeShows(ReadmeExampleTest.class);
    }
}
