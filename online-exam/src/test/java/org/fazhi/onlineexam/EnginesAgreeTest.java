package org.fazhi.onlineexam;


import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.bank.Difficulty;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionFilter;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.onlineexam.demo.DemoQuestions;
import org.fazhi.sheets.testing.TableText;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.training.LawTrainingSchema;
import org.junit.jupiter.api.Test;

/**
 * The same bank reads the same on the suite's engine as on SQLite: the demo questions, some retired, give the same
 * lists under every filter, pages, laws and export, character for character.
 */
class EnginesAgreeTest {
    private static final Actor ALL = Actor.SYSTEM;

    @Test
    void theDemoBankReadsTheSameAsOnSqlite() {
        TempLedger.onBothEngines(EnginesAgreeTest::readings, LawTrainingSchema.MIGRATIONS, OnlineExamSchema.MIGRATIONS)
                .assertSame(5_000, "居住权");
    }

    private static String readings(TempLedger ledger) {
        QuestionBank bank = new QuestionBank(ledger.database(), ledger.services().audit(), TestClock.on(2025, 6, 30));
        new DemoQuestions(bank.questions()).load();
        for (Question q : bank.questions().list(ALL, new QuestionFilter(null, null, QuestionType.TRUE_FALSE, null, null),
                new Page(5, 0)).items()) {
            bank.questions().retire(ALL, q.id(), q.version());
        }
        StringBuilder out = new StringBuilder();
        for (QuestionFilter f : List.of(QuestionFilter.ALL, new QuestionFilter("行政", null, null, null, null),
                new QuestionFilter(null, "行政复议法", null, null, true), new QuestionFilter(null, null, QuestionType.CASE, null, null),
                new QuestionFilter(null, null, null, Difficulty.HARD, null), new QuestionFilter(null, null, null, null, false),
                new QuestionFilter("不存在的词", null, null, null, null))) {
            var page = bank.questions().list(ALL, f, new Page(20, 10));
            out.append(f).append(' ').append(page.total()).append('\n');
            page.items().forEach(q -> out.append(q).append('\n'));
        }
        out.append(bank.questions().laws(ALL)).append('\n');
        return out.append(TableText.csv(bank.sheets().questions(ALL, QuestionFilter.ALL))).toString();
    }
}
