package org.fazhi.onlineexam.exam;

import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.onlineexam.OnlineExamSchema;
import org.fazhi.onlineexam.OnlineExams;
import org.fazhi.onlineexam.QuestionBank;
import org.fazhi.onlineexam.bank.Difficulty;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.training.LawTraining;
import org.fazhi.training.LawTrainingSchema;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.Track;

/**
 * A real ledger with the exams' tables, a county, a batch of 100 points, and a bank filled through the bank's
 * service: what the exam tests stand on.
 */
public final class ExamFixture implements AutoCloseable {
    public final TestClock clock = TestClock.on(2026, 6, 1);
    public final TempLedger ledger = new TempLedger(clock, LawTrainingSchema.MIGRATIONS, OnlineExamSchema.MIGRATIONS);
    public final LawTraining training = new LawTraining(ledger.database(), ledger.services().audit(), clock);
    public final OnlineExams exams = new OnlineExams(ledger.database(), ledger.services().audit(), clock);
    public final QuestionBank bank = new QuestionBank(ledger.database(), ledger.services().audit(), clock);
    public final Org county = ledger.org("某县人民政府", OrgKind.COUNTY_GOV, null);

    /** A batch of the county today: full mark {@code fullMark}, pass mark 60 % of it. */
    public ExamBatch batch(int fullMark) {
        return training.exams().createBatch(Actor.SYSTEM, new ExamBatch(null, county.id(), clock.today(), Track.NON_NPC, null,
                fullMark, fullMark * 6 / 10, ExamMode.COMPUTER, "在线测试", 0));
    }

    /** Stores a question (5 points, medium) through the bank's service; returns its id. */
    public long question(QuestionType type, String stem, List<String> options, String answer, List<String> laws) {
        return bank.questions().create(Actor.SYSTEM, Question.draft(type, stem, options, answer, 5, Difficulty.MEDIUM, laws,
                null)).id();
    }

    /** {@code n} single choice questions (key "B" of A–D), each on {@code law} when given. */
    public void singles(int n, String law) {
        for (int i = 0; i < n; i++) {
            question(QuestionType.SINGLE, "单选题" + law + i, List.of("甲" + i, "乙" + i, "丙" + i, "丁" + i), "B",
                    law == null ? List.of() : List.of(law));
        }
    }

    public void multiples(int n) {
        for (int i = 0; i < n; i++) {
            question(QuestionType.MULTIPLE, "多选题" + i, List.of("子" + i, "丑" + i, "寅" + i, "卯" + i), "ACD", List.of());
        }
    }

    public void trueFalse(int n) {
        for (int i = 0; i < n; i++) {
            question(QuestionType.TRUE_FALSE, "判断题" + i, List.of(), "T", List.of());
        }
    }

    public void cases(int n) {
        for (int i = 0; i < n; i++) {
            question(QuestionType.CASE, "案例题" + i, List.of(), "参考答案" + i, List.of());
        }
    }

    public CandidateDraft candidate(String name) {
        return new CandidateDraft(name, county.id(), null, "科员", "副科长", null);
    }

    /** The shown letters of the right options of an item: the fixture's keys are 乙 (single), 子寅卯 (multiple). */
    public static String right(CandidatePaper.Item item) {
        if (item.type() == QuestionType.TRUE_FALSE) {
            return "对";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < item.options().size(); i++) {
            String o = item.options().get(i);
            if (o.startsWith("乙") || o.startsWith("子") || o.startsWith("寅") || o.startsWith("卯")) {
                b.append(Question.label(i));
            }
        }
        return b.toString();
    }

    /** Rows in {@code table} of the ledger. */
    public long count(String table) {
        return ledger.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        ledger.close();
    }
}
