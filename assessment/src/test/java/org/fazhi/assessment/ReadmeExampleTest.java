package org.fazhi.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.fazhi.assessment.round.Grades;
import org.fazhi.assessment.round.Results;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundDraft;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.model.ReadmeExample;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
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
        // "Today" for deadlines and stamps is the ledger's clock, here pinned to 2026-03-02 in China.
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (Database db = Database.open(DataFolder.open(dir),
                List.of(DutyTrackingSchema.MIGRATIONS, AssessmentSchema.MIGRATIONS))) {
            CoreServices core = new CoreServices(db, clock);
            Assessment assessment = new Assessment(db, core.audit(), clock);
            Actor actor = Actor.SYSTEM;
            Org county = core.orgs().create(actor, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null));
            Org town = core.orgs().create(actor, Org.draft("城关镇人民政府", OrgKind.TOWNSHIP, county.id()));

            // The shipped sample: the eight national areas, placeholder points adding up to 100.
            IndicatorSystem system = assessment.systems().loadSample(actor, null);
            Round round = assessment.rounds().open(actor, new RoundDraft(2026, null, system.id(), county.id(), null,
                    LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), new BigDecimal("60"),
                    new Grades(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60")), new BigDecimal("50")));
            assessment.answers().answers(actor, round.id(), town.id()).forEach(leaf -> assessment.answers()
                    .save(actor, round.id(), town.id(), leaf.code(), leaf.points(), "已落实", null));
            assessment.answers().submit(actor, round.id(), town.id(), null);   // locks the answers
            assessment.review().review(actor, round.id(), town.id(), "6.1.1", new BigDecimal("3"), "出庭率未达90%", null);

            Results results = assessment.results().results(actor, round.id());
            String total = results.units().get(0).total().toPlainString();     // "98.0"
            String sentence = results.sentence(); // "纳入考核的1个单位中1个基本达到指标体系工作标准(100.0%),高于年度目标50%"
            // example:end
            assertEquals("98.0", total);
            assertEquals(10, results.weakest().size(), "the ten weakest of 22 leaves");
            assertEquals("6.1.1", results.weakest().get(0).code());
            assertEquals("纳入考核的1个单位中1个基本达到指标体系工作标准(100.0%),高于年度目标50%", sentence);
        }
    }

    @Test
    void theReadmeShowsThisExample() {
        ReadmeExample.assertReadmeShows(ReadmeExampleTest.class);
    }
}
