package org.fazhi.onlineexam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.ReadmeExample;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.bank.Difficulty;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionFilter;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTrainingSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of README.md, compiled and run on a real SQLite file; {@link ReadmeExample} keeps the two identical. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeExampleRuns() {
        // example:start
        Clock clock = Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (Database db = Database.open(DataFolder.open(dir),
                List.of(LawTrainingSchema.MIGRATIONS, OnlineExamSchema.MIGRATIONS))) {
            CoreServices core = new CoreServices(db, clock);
            QuestionBank bank = new QuestionBank(db, core.audit(), clock);
            Actor actor = Actor.SYSTEM;

            Question q = bank.questions().create(actor, Question.draft(QuestionType.MULTIPLE,
                    "下列属于行政处罚种类的有( )。", List.of("警告", "罚款", "记过", "行政拘留"), "a, b, d", 3, Difficulty.MEDIUM,
                    List.of("中华人民共和国行政处罚法"), "记过是政务处分,不是行政处罚。"));
            String key = q.answer();                                    // "ABD": the canonical form

            long onPenalties = bank.questions().list(actor,
                    new QuestionFilter(null, "行政处罚法", null, null, true), Page.FIRST).total();   // 1
            bank.questions().retire(actor, q.id(), q.version());       // 停用: kept, never drawn into a new paper
            // example:end
            assertEquals("ABD", key);
            assertEquals(1, onPenalties);
            assertEquals(0, bank.questions().list(actor, new QuestionFilter(null, null, null, null, true), Page.FIRST).total());
        }
    }

    @Test
    void theReadmeShowsThisExample() {
        ReadmeExample.assertReadmeShows(ReadmeExampleTest.class);
    }
}
