package org.fazhi.onlineexam.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Outcome;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Online exams on the suite's engine: assembly, snapshots, shuffled options, marking, time-out, the batch's results. */
class OnlineExamsTest {
    @AutoClose
    private final ExamFixture f = new ExamFixture();

    private static ExamSetup setup(List<String> variants, boolean partial, List<String> laws) {
        return new ExamSetup(60, variants, List.of(new ExamPart(QuestionType.SINGLE, 10, 5), new ExamPart(QuestionType.MULTIPLE, 5, 6),
                new ExamPart(QuestionType.TRUE_FALSE, 5, 4)), laws, partial);
    }

    private OnlineExam exam(boolean partial) {
        f.singles(30, null);
        f.multiples(12);
        f.trueFalse(12);
        ExamBatch b = f.batch(100);
        return f.exams.desk().create(Actor.SYSTEM, b.id(), setup(List.of("A", "B"), partial, List.of()));
    }

    @Test
    void variantsAreDrawnFromTheBankWithDistinctQuestionsAndTheRightPoints() {
        OnlineExam e = exam(false);
        assertEquals(100, e.totalPoints());
        List<PaperQuestion> a = f.exams.desk().paper(Actor.SYSTEM, e.id(), "A");
        List<PaperQuestion> b = f.exams.desk().paper(Actor.SYSTEM, e.id(), "B");
        assertEquals(20, a.size());
        assertEquals(100, a.stream().mapToInt(PaperQuestion::points).sum());
        assertEquals(100, b.stream().mapToInt(PaperQuestion::points).sum());
        Set<Long> ids = new HashSet<>();
        a.forEach(q -> ids.add(q.questionId()));
        b.forEach(q -> ids.add(q.questionId()));
        assertEquals(40, ids.size(), "the bank has enough for two papers without a shared question");
        assertEquals(QuestionType.SINGLE, a.get(0).type());
        assertEquals(QuestionType.TRUE_FALSE, a.get(19).type());
    }

    @Test
    void aRuleTheBankCannotFillIsRefusedNamingThePartAndWritesNothing() {
        f.singles(12, null);
        f.multiples(12);
        f.trueFalse(12);
        ExamBatch b = f.batch(100);
        ExamSetup s = new ExamSetup(60, List.of("A"), List.of(new ExamPart(QuestionType.SINGLE, 25, 2),
                new ExamPart(QuestionType.MULTIPLE, 10, 5)), List.of(), false);
        ValidationException ex = assertThrows(ValidationException.class, () -> f.exams.desk().create(Actor.SYSTEM, b.id(), s));
        assertEquals("单选题需要25道,题库中只有12道可用", ex.getMessage());
        assertEquals(0, f.count("exams") + f.count("exam_questions"));
        ValidationException total = assertThrows(ValidationException.class, () -> f.exams.desk().create(Actor.SYSTEM, b.id(),
                new ExamSetup(60, List.of("A"), List.of(new ExamPart(QuestionType.SINGLE, 10, 5)), List.of(), false)));
        assertTrue(total.getMessage().contains("各题型合计50分,与批次满分100分不一致"), total.getMessage());
        ValidationException law = assertThrows(ValidationException.class, () -> f.exams.desk().create(Actor.SYSTEM, b.id(),
                new ExamSetup(60, List.of("A"), List.of(new ExamPart(QuestionType.SINGLE, 10, 10)), List.of("中华人民共和国行政复议法"), false)));
        assertEquals("题库中没有涉及“中华人民共和国行政复议法”且属于所设题型的可用试题", law.getMessage());
        assertEquals(0, f.count("exams"));
    }

    @Test
    void everyLawToCoverIsOnEveryVariant() {
        f.singles(20, null);
        f.singles(2, "中华人民共和国行政处罚法");
        f.question(QuestionType.TRUE_FALSE, "许可判断", List.of(), "F", List.of("中华人民共和国行政许可法"));
        f.trueFalse(5);
        ExamBatch b = f.batch(100);
        OnlineExam e = f.exams.desk().create(Actor.SYSTEM, b.id(), new ExamSetup(30, List.of("A", "B"),
                List.of(new ExamPart(QuestionType.SINGLE, 5, 10), new ExamPart(QuestionType.TRUE_FALSE, 5, 10)),
                List.of("中华人民共和国行政处罚法", "中华人民共和国行政许可法"), false));
        for (String v : List.of("A", "B")) {
            List<PaperQuestion> p = f.exams.desk().paper(Actor.SYSTEM, e.id(), v);
            assertTrue(p.stream().anyMatch(q -> q.laws().contains("中华人民共和国行政处罚法")), v);
            assertTrue(p.stream().anyMatch(q -> q.laws().contains("中华人民共和国行政许可法")), v);
        }
    }

    @Test
    void aCandidateAnswersInShuffledLettersAndTheScoreBecomesTheBatchResult() {
        OnlineExam e = exam(false);
        IssuedCode code = f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("张三"));
        assertEquals(8, code.code().length());
        Sitting s = f.exams.room().login(code.code().toLowerCase());
        assertEquals(f.clock.instant().plus(Duration.ofMinutes(60)), s.endsAt());
        assertThrows(ValidationException.class, () -> f.exams.room().login(code.code()), "a code works once");
        CandidatePaper p = f.exams.room().paper(s.token());
        assertEquals(20, p.questions().size());
        // Options come in the candidate's own order: over 15 questions with options, some must differ from A–D order.
        assertTrue(p.questions().stream().filter(q -> q.type().hasOptions()).anyMatch(q -> !ExamFixture.right(q).equals(
                q.type() == QuestionType.SINGLE ? "B" : "ACD")));
        int wrong = 0;
        for (CandidatePaper.Item q : p.questions()) {
            if (q.type() == QuestionType.SINGLE && wrong < 2) {
                wrong++;
                String bad = ExamFixture.right(q).equals("A") ? "C" : "A";
                assertEquals(bad, f.exams.room().answer(s.token(), q.id(), bad.toLowerCase()));
                continue;
            }
            f.exams.room().answer(s.token(), q.id(), ExamFixture.right(q));
        }
        CandidatePaper reloaded = f.exams.room().paper(s.token());
        assertEquals(20, reloaded.questions().stream().filter(q -> q.answer() != null).count(), "a reload shows every saved answer");
        assertEquals(ExamFixture.right(reloaded.questions().get(19)).equals("对") ? "T" : "?", reloaded.questions().get(19).answer());
        Submitted done = f.exams.room().submit(s.token());
        assertEquals(90.0, done.score());
        assertFalse(done.awaitingMarking());
        List<ExamResult> results = f.training.exams().results(Actor.SYSTEM, e.batchId());
        assertEquals(1, results.size());
        assertEquals(90.0, results.get(0).score());
        assertEquals(Outcome.PASSED, results.get(0).outcome());
        assertEquals("张三", results.get(0).name());
        ConflictException after = assertThrows(ConflictException.class,
                () -> f.exams.room().answer(s.token(), p.questions().get(0).id(), "A"));
        assertEquals("试卷已提交,不能再修改答案", after.getMessage());
        assertTrue(f.exams.room().paper(s.token()).submitted());
    }

    @Test
    void theSnapshotSurvivesEditingAndRetiringTheBankQuestion() {
        OnlineExam e = exam(false);
        List<PaperQuestion> before = f.exams.desk().paper(Actor.SYSTEM, e.id(), "A");
        f.ledger.database().jdbi().useHandle(h -> {
            h.execute("UPDATE questions SET stem = '改过的题干', answer = 'A', options = '[\"x\",\"y\"]'");
            h.execute("DELETE FROM question_laws");
            h.execute("DELETE FROM questions");
        });
        assertEquals(before, f.exams.desk().paper(Actor.SYSTEM, e.id(), "A"));
        IssuedCode code = f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("李四"));
        Sitting s = f.exams.room().login(code.code());
        for (CandidatePaper.Item q : f.exams.room().paper(s.token()).questions()) {
            f.exams.room().answer(s.token(), q.id(), ExamFixture.right(q));
        }
        assertEquals(100.0, f.exams.room().submit(s.token()).score());
    }

    @Test
    void multipleChoiceIsAllOrNothingUnlessTheExamGivesPartialCredit() {
        for (boolean partial : List.of(false, true)) {
            try (ExamFixture g = new ExamFixture()) {
                g.singles(10, null);
                g.multiples(5);
                g.trueFalse(5);
                OnlineExam e = g.exams.desk().create(Actor.SYSTEM, g.batch(100).id(),
                        new ExamSetup(60, List.of("A"), List.of(new ExamPart(QuestionType.SINGLE, 10, 5),
                                new ExamPart(QuestionType.MULTIPLE, 5, 6), new ExamPart(QuestionType.TRUE_FALSE, 5, 4)), List.of(), partial));
                Sitting s = g.exams.room().login(g.exams.desk().addCandidate(Actor.SYSTEM, e.id(), g.candidate("王五")).code());
                for (CandidatePaper.Item q : g.exams.room().paper(s.token()).questions()) {
                    String r = ExamFixture.right(q);
                    // Multiple choice: two of the three right options and no wrong one; one of them also with a wrong one.
                    g.exams.room().answer(s.token(), q.id(), q.type() == QuestionType.MULTIPLE ? r.substring(0, 2) : r);
                }
                // 50 + 20 for singles and true/false; 5 multiple choice at half of 6 points with partial credit.
                assertEquals(partial ? 85.0 : 70.0, g.exams.room().submit(s.token()).score());
            }
        }
        assertEquals(30, Scoring.objectiveTenths(new PaperQuestion(1, "A", 1, 1L, QuestionType.MULTIPLE, "题", List.of("a", "b", "c", "d"),
                "ACD", 6, List.of()), "AC", true));
        assertEquals(0, Scoring.objectiveTenths(new PaperQuestion(1, "A", 1, 1L, QuestionType.MULTIPLE, "题", List.of("a", "b", "c", "d"),
                "ACD", 6, List.of()), "AB", true));
    }

    @Test
    void theShownLettersMapToTheCanonicalOnesAndBack() {
        int[] order = {2, 0, 3, 1};
        assertEquals("C", Scoring.toCanonical("A", order));
        assertEquals("AC", Scoring.toCanonical("BA", order));
        assertEquals("AB", Scoring.toShown("AC", order));
        assertEquals("D", Scoring.toShown("B", order));
    }

    @Test
    void atTimeOutThePaperIsSubmittedAndAnswersAreRefused() {
        OnlineExam e = exam(false);
        Sitting s = f.exams.room().login(f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("赵六")).code());
        Sitting t = f.exams.room().login(f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("钱七")).code());
        CandidatePaper.Item first = f.exams.room().paper(s.token()).questions().get(0);
        f.exams.room().answer(s.token(), first.id(), ExamFixture.right(first));
        f.clock.advance(Duration.ofMinutes(59));
        assertEquals(0, f.exams.room().sweep());
        f.clock.advance(Duration.ofMinutes(1));
        ConflictException late = assertThrows(ConflictException.class, () -> f.exams.room().answer(s.token(), first.id(), "A"));
        assertEquals("考试时间已到,试卷已自动交卷,不能再修改答案", late.getMessage());
        assertEquals(1, f.exams.room().sweep(), "the sweep submits the paper of the candidate who left");
        assertEquals(0, f.exams.room().sweep());
        List<Candidate> cs = f.exams.desk().candidates(Actor.SYSTEM, e.id());
        assertEquals(List.of(CandidateStatus.SUBMITTED, CandidateStatus.SUBMITTED), cs.stream().map(Candidate::status).toList());
        assertEquals(List.of(5.0, 0.0), cs.stream().map(Candidate::score).toList());
        List<ExamResult> results = f.training.exams().results(Actor.SYSTEM, e.batchId());
        assertEquals(List.of(Outcome.DEFERRED, Outcome.DEFERRED), results.stream().map(ExamResult::outcome).toList());
        assertTrue(f.exams.room().paper(t.token()).submitted());
    }

    @Test
    void theDeskRefusesASecondSeatAKeyForViewersAndDeletingTheExamsBatch() {
        OnlineExam e = exam(false);
        f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("孙八"));
        ConflictException twice = assertThrows(ConflictException.class,
                () -> f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("孙八")), "a double click on 添加");
        assertEquals("“孙八”已是本次考试的考生;如需新的登录码,请在考生列表中重新发放", twice.getMessage());
        assertEquals(1, f.exams.desk().candidates(Actor.SYSTEM, e.id()).size());
        Actor viewer = org.fazhi.storage.testing.TestActors.viewer(null);
        assertThrows(AccessDeniedException.class, () -> f.exams.desk().paper(viewer, e.id(), "A"), "a viewer may be sitting it");
        ConflictException delete = assertThrows(ConflictException.class,
                () -> f.training.exams().deleteBatch(Actor.SYSTEM, e.batchId()));
        assertEquals("该批次已设置在线考试等关联记录,不能删除", delete.getMessage());
    }

    @Test
    void aCodeUsedAfterTheTimeSubmitsThePaperForGood() {
        OnlineExam e = exam(false);
        IssuedCode first = f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("周九"));
        f.exams.room().login(first.code());
        IssuedCode again = f.exams.desk().issueCodes(Actor.SYSTEM, e.id(), List.of(first.candidateId())).get(0);
        f.clock.advance(Duration.ofMinutes(61));
        assertEquals("考试时间已到,试卷已自动交卷",
                assertThrows(ConflictException.class, () -> f.exams.room().login(again.code())).getMessage());
        assertEquals(CandidateStatus.SUBMITTED, f.exams.desk().candidates(Actor.SYSTEM, e.id()).get(0).status(),
                "submitted at once, not left to the sweep");
        assertEquals("登录码无效或已使用", assertThrows(ValidationException.class, () -> f.exams.room().login(again.code())).getMessage());
    }

    @Test
    void aTokenReadsOnlyItsOwnPaperAndUnknownQuestionsAreRefused() {
        OnlineExam e = exam(false);
        Sitting s = f.exams.room().login(f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("甲")).code());
        Sitting t = f.exams.room().login(f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("乙")).code());
        Set<Long> mine = new HashSet<>();
        f.exams.room().paper(s.token()).questions().forEach(q -> mine.add(q.id()));
        long notMine = java.util.stream.Stream.concat(f.exams.desk().paper(Actor.SYSTEM, e.id(), "A").stream(),
                        f.exams.desk().paper(Actor.SYSTEM, e.id(), "B").stream()).map(PaperQuestion::id)
                .filter(id -> !mine.contains(id)).findFirst().orElseThrow();
        assertThrows(ValidationException.class, () -> f.exams.room().answer(s.token(), notMine, "A"));
        assertThrows(ValidationException.class, () -> f.exams.room().answer(s.token(), 999_999, "A"));
        assertThrows(AccessDeniedException.class, () -> f.exams.room().paper("not-a-token"));
        assertNotEquals(s.token(), t.token());
        assertEquals("甲", f.exams.room().paper(s.token()).name());
        assertEquals(0, f.count("exam_answers"));
    }

    @Test
    void aRetakeFollowsLawTrainingsRulesAndStatisticsCountPicks() {
        OnlineExam first = exam(false);
        IssuedCode c = f.exams.desk().addCandidate(Actor.SYSTEM, first.id(), f.candidate("郑一"));
        Sitting s = f.exams.room().login(c.code());
        f.exams.room().submit(s.token());
        ExamResult failed = f.training.exams().results(Actor.SYSTEM, first.batchId()).get(0);
        assertEquals(Outcome.DEFERRED, failed.outcome());
        f.clock.advance(Duration.ofDays(7));
        ExamBatch later = f.batch(100);
        OnlineExam retake = f.exams.desk().create(Actor.SYSTEM, later.id(), setup(List.of("A"), false, List.of()));
        CandidateDraft wrongName = new CandidateDraft("郑二", f.county.id(), null, null, null, failed.id());
        ValidationException ex = assertThrows(ValidationException.class, () -> f.exams.desk().addCandidate(Actor.SYSTEM, retake.id(), wrongName));
        assertEquals("retakeOf", ex.field());
        assertEquals(0, f.exams.desk().candidates(Actor.SYSTEM, retake.id()).size());
        Sitting r = f.exams.room().login(f.exams.desk().addCandidate(Actor.SYSTEM, retake.id(),
                new CandidateDraft("郑一", f.county.id(), null, null, null, failed.id())).code());
        for (CandidatePaper.Item q : f.exams.room().paper(r.token()).questions()) {
            f.exams.room().answer(r.token(), q.id(), ExamFixture.right(q));
        }
        f.exams.room().submit(r.token());
        assertEquals(Outcome.PASSED_RETAKE, f.training.exams().results(Actor.SYSTEM, later.id()).get(0).outcome());
        QuestionStats one = f.exams.desk().stats(Actor.SYSTEM, retake.id()).get(0);
        assertEquals(1, one.asked());
        assertEquals(1, one.correct());
        assertEquals(1, one.picks().get("B"));
        QuestionStats bank = f.exams.questionStats(Actor.SYSTEM, one.questionId());
        assertTrue(bank.asked() >= 1);
    }
}
