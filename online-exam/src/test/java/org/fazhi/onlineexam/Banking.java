package org.fazhi.onlineexam;

import java.util.List;
import org.fazhi.onlineexam.bank.Difficulty;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.storage.testing.TestCounty;
import org.fazhi.training.LawTrainingSchema;

/** The shared test county with the question bank wired as the server wires it, on a clock standing at 2025-06-30. */
public final class Banking extends TestCounty {
    public final TestClock clock = TestClock.on(2025, 6, 30);
    public final QuestionBank bank;

    public Banking() {
        super(LawTrainingSchema.MIGRATIONS, OnlineExamSchema.MIGRATIONS);
        bank = new QuestionBank(ledger.database(), core.audit(), clock);
    }

    /** A single-choice question on the 行政复议法 with the given stem (answer C of four). */
    public static Question single(String stem) {
        return Question.draft(QuestionType.SINGLE, stem, List.of("十五日", "三十日", "六十日", "九十日"), "C", 2, Difficulty.EASY,
                List.of("中华人民共和国行政复议法"), "申请期限为六十日。");
    }
}
