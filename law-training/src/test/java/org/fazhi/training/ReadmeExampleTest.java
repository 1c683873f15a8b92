package org.fazhi.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.ReadmeExample;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.training.study.UnitCompliance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of README.md, compiled and run on a real SQLite file; {@link ReadmeExample} keeps the two identical. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeExampleRuns() {
        // example:start
        try (Database db = Database.open(DataFolder.open(dir), List.of(LawTrainingSchema.MIGRATIONS))) {
            CoreServices core = new CoreServices(db, ZoneId.of("Asia/Shanghai"));
            LawTraining training = new LawTraining(db, core.audit());
            Actor actor = Actor.SYSTEM;
            Org county = core.orgs().create(actor, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null));

            training.sessions().create(actor, new StudySession(null, county.id(), LocalDate.of(2024, 3, 15),
                    StudyKind.EXEC_MEETING, "学习行政复议法", List.of("中华人民共和国行政复议法"), "王律师", null,
                    60, 20, 18, null, 0), List.of());

            // A past year is judged on its total: a county government holds ≥4 会前学法 a year.
            List<UnitCompliance> board = training.compliance().compute(actor, 2024, county.id(), LocalDate.of(2025, 1, 10));
            boolean compliant = board.get(0).compliant();                         // false: 1 of 4
            String summary = training.exams().stats(actor, 2024, county.id()).summary(); // "全年测试0批次0人"
            // example:end
            assertFalse(compliant);
            assertEquals("全年测试0批次0人", summary);
            assertEquals(1, training.sessions().list(actor, new SessionFilter(county.id(), 2024, null, null),
                    new Page(10, 0)).total());
        }
    }

    @Test
    void theReadmeShowsThisExample() {
        ReadmeExample.assertReadmeShows(ReadmeExampleTest.class);
    }
}
