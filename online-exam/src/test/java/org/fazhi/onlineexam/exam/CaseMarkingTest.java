package org.fazhi.onlineexam.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.storage.core.ReceivedUnitException;
import org.fazhi.storage.core.Scope;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Outcome;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Case analysis answers marked by a person on the suite's engine: the result waits for the marking, marking again
 * corrects it, and never overwrites a result corrected by hand in the batch; a received unit's exam (报送) refuses
 * every change.
 */
class CaseMarkingTest {
    @AutoClose
    private final ExamFixture f = new ExamFixture();

    /** An exam of 10 single choice questions (5 points) and 2 case analyses (25), 孙八 seated and 周九 not. */
    private record CaseExam(ExamBatch batch, OnlineExam exam, Sitting sitting, List<CandidatePaper.Item> items) {
    }

    /** 孙八 answers every single choice right and only the first case question (not yet submitted). */
    private CaseExam caseExam() {
        f.singles(10, null);
        f.cases(2);
        ExamBatch b = f.batch(100);
        OnlineExam e = f.exams.desk().create(Actor.SYSTEM, b.id(), new ExamSetup(60, List.of("A"),
                List.of(new ExamPart(QuestionType.SINGLE, 10, 5), new ExamPart(QuestionType.CASE, 2, 25)), List.of(), false));
        Sitting s = f.exams.room().login(f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("孙八")).code());
        f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("周九"));
        List<CandidatePaper.Item> items = f.exams.room().paper(s.token()).questions();
        for (CandidatePaper.Item q : items) {
            if (q.type() == QuestionType.CASE) {
                if (q.number() == 11) {
                    f.exams.room().answer(s.token(), q.id(), "应当撤销该行政行为,理由如下……");
                }
            } else {
                f.exams.room().answer(s.token(), q.id(), ExamFixture.right(q));
            }
        }
        return new CaseExam(b, e, s, items);
    }

    @Test
    void caseAnswersAreMarkedByAPersonBeforeTheResultAndAbsenteesBecomeAbsent() {
        CaseExam setUp = caseExam();
        ExamBatch b = setUp.batch();
        OnlineExam e = setUp.exam();
        Sitting s = setUp.sitting();
        List<CandidatePaper.Item> items = setUp.items();
        Submitted done = f.exams.room().submit(s.token());
        assertEquals(50.0, done.score());
        assertTrue(done.awaitingMarking());
        assertTrue(f.training.exams().results(Actor.SYSTEM, b.id()).isEmpty(), "no result before the case answer is marked");
        long caseId = items.get(10).id();
        List<ExamDesk.CaseAnswer> answers = f.exams.desk().caseAnswers(Actor.SYSTEM, e.id(), caseId);
        assertEquals(1, answers.size());
        assertNull(answers.get(0).points());
        assertThrows(ValidationException.class, () -> f.exams.desk().mark(Actor.SYSTEM, e.id(), answers.get(0).candidateId(),
                caseId, 26.0, null));
        Candidate marked = f.exams.desk().mark(Actor.SYSTEM, e.id(), answers.get(0).candidateId(), caseId, 12.5, "要点基本齐全");
        assertEquals(62.5, marked.score());
        ExamResult r = f.training.exams().results(Actor.SYSTEM, b.id()).get(0);
        assertEquals(62.5, r.score());
        assertEquals(Outcome.PASSED, r.outcome());
        f.exams.desk().mark(Actor.SYSTEM, e.id(), answers.get(0).candidateId(), caseId, 0.0, "重新评阅");
        assertEquals(Outcome.DEFERRED, f.training.exams().result(Actor.SYSTEM, r.id()).outcome(), "marking again corrects the result");
        assertEquals(List.of(), f.exams.desk().close(Actor.SYSTEM, e.id()));
        List<ExamResult> all = f.training.exams().results(Actor.SYSTEM, b.id());
        assertEquals(2, all.size());
        assertEquals(Outcome.ABSENT, all.stream().filter(x -> x.name().equals("周九")).findFirst().orElseThrow().outcome());
        assertThrows(ConflictException.class, () -> f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("吴十")));
        QuestionStats st = f.exams.desk().stats(Actor.SYSTEM, e.id()).stream().filter(x -> x.examQuestionId() == caseId)
                .findFirst().orElseThrow();
        assertEquals(1, st.asked());
        assertEquals(0.0, st.averagePoints());
    }

    /**
     * The organiser's page counts the answers waiting per case question in the database: a submitted answer given and
     * not marked; a paper not submitted, a case question left blank and a marked answer are none.
     */
    @Test
    void theAnswersWaitingForAMarkerAreCountedPerCaseQuestion() {
        CaseExam setUp = caseExam();
        long examId = setUp.exam().id();
        long answered = setUp.items().get(10).id();
        assertEquals(java.util.Map.of(), f.exams.desk().waitingToMark(Actor.SYSTEM, examId), "nothing submitted yet");
        f.exams.room().submit(setUp.sitting().token());
        assertEquals(java.util.Map.of(answered, 1), f.exams.desk().waitingToMark(Actor.SYSTEM, examId),
                "the case question answered waits; the one left blank does not");
        long candidateId = f.exams.desk().caseAnswers(Actor.SYSTEM, examId, answered).get(0).candidateId();
        f.exams.desk().mark(Actor.SYSTEM, examId, candidateId, answered, 20.0, null);
        assertEquals(java.util.Map.of(), f.exams.desk().waitingToMark(Actor.SYSTEM, examId), "marked");
    }

    @Test
    void markingAgainNeverOverwritesAResultCorrectedByHandInTheBatch() {
        Marking m = submitted();
        CaseExam x = m.exam();
        long caseId = m.caseId();
        long candidateId = m.candidateId();
        f.exams.desk().mark(Actor.SYSTEM, x.exam().id(), candidateId, caseId, 12.5, "要点基本齐全");
        ExamResult r = f.training.exams().results(Actor.SYSTEM, x.batch().id()).get(0);
        assertEquals(62.5, r.score());
        // A review in the batch raises the score by hand to 65.
        f.training.exams().updateResult(Actor.SYSTEM, r.id(), new ExamResult(r.id(), r.batchId(), r.name(), r.personId(),
                r.orgId(), r.currentPost(), r.proposedPost(), 65.0, false, r.retakeOf(), null));
        long audited = f.count("audit_log");

        ConflictException refused = assertThrows(ConflictException.class,
                () -> f.exams.desk().mark(Actor.SYSTEM, x.exam().id(), candidateId, caseId, 20.0, "复核"));
        assertTrue(refused.getMessage().contains("手工更正为65分") && refused.getMessage().contains("记入的是62.5分")
                && refused.getMessage().contains("应为70分") && refused.getMessage().contains("未保存"), refused.getMessage());
        assertEquals(65.0, f.training.exams().result(Actor.SYSTEM, r.id()).score(), "the hand correction stays");
        assertEquals(12.5, f.exams.desk().caseAnswers(Actor.SYSTEM, x.exam().id(), caseId).get(0).points(), "the mark stays");
        assertEquals("要点基本齐全", f.exams.desk().caseAnswers(Actor.SYSTEM, x.exam().id(), caseId).get(0).note());
        assertEquals(62.5, candidate(x.exam(), candidateId).score());
        assertEquals(audited, f.count("audit_log"), "nothing written, no audit line");

        // Marking that keeps the paper's total (the same points, a new note) leaves the corrected result alone.
        f.exams.desk().mark(Actor.SYSTEM, x.exam().id(), candidateId, caseId, 12.5, "复核:维持");
        assertEquals(65.0, f.training.exams().result(Actor.SYSTEM, r.id()).score());

        // The batch's result set to what the new marking gives: the marking goes through and the two agree again.
        ExamResult corrected = f.training.exams().result(Actor.SYSTEM, r.id());
        f.training.exams().updateResult(Actor.SYSTEM, r.id(), new ExamResult(r.id(), r.batchId(), r.name(), r.personId(),
                r.orgId(), r.currentPost(), r.proposedPost(), 70.0, false, r.retakeOf(), null), corrected.version());
        assertEquals(70.0, f.exams.desk().mark(Actor.SYSTEM, x.exam().id(), candidateId, caseId, 20.0, "复核").score());
        assertEquals(70.0, f.training.exams().result(Actor.SYSTEM, r.id()).score());
        // From there marking again corrects the result as before, and the audit line says so.
        assertEquals(65.0, f.exams.desk().mark(Actor.SYSTEM, x.exam().id(), candidateId, caseId, 15.0, "再次复核").score());
        assertEquals(65.0, f.training.exams().result(Actor.SYSTEM, r.id()).score());
        String last = f.ledger.database().jdbi().withHandle(h -> h.createQuery("SELECT summary FROM audit_log WHERE entity = "
                + "'online-exam' ORDER BY id DESC").mapTo(String.class).first());
        assertEquals("评阅在线考试案例分析题(考生 " + candidateId + ",得分 15,批次成绩由70分改为65分)", last);
    }

    /** The case exam with 孙八's paper submitted: its first case question and 孙八 as a candidate. */
    private record Marking(CaseExam exam, long caseId, long candidateId) {
    }

    private Marking submitted() {
        CaseExam x = caseExam();
        f.exams.room().submit(x.sitting().token());
        long caseId = x.items().get(10).id();
        return new Marking(x, caseId, f.exams.desk().caseAnswers(Actor.SYSTEM, x.exam().id(), caseId).get(0).candidateId());
    }

    /** 报送 makes the county a received unit (as exchange marks it): its records are the sender's, read-only here. */
    private void receiveTheCounty() {
        f.ledger.database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO received_units (org_id, received_at) "
                + "VALUES (:id, '2026-06-01T00:00:00Z')").bind("id", f.county.id()).execute());
    }

    private Candidate candidate(OnlineExam e, long id) {
        return f.exams.desk().candidates(Actor.SYSTEM, e.id()).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aReceivedUnitsExamIsReadOnlyItsCandidatesCodesClosingAndMarking() {
        Marking m = submitted();
        receiveTheCounty();
        long audited = f.count("audit_log");
        long id = m.exam().exam().id();
        for (org.junit.jupiter.api.function.Executable change : List.<org.junit.jupiter.api.function.Executable>of(
                () -> f.exams.desk().addCandidate(Actor.SYSTEM, id, f.candidate("吴十")),
                () -> f.exams.desk().issueCodes(Actor.SYSTEM, id, List.of()),
                () -> f.exams.desk().close(Actor.SYSTEM, id),
                () -> f.exams.desk().mark(Actor.SYSTEM, id, m.candidateId(), m.caseId(), 12.5, "要点基本齐全"))) {
            assertEquals(Scope.RECEIVED, assertThrows(AccessDeniedException.class, change).getMessage());
        }
        assertEquals(audited, f.count("audit_log"), "nothing written");
        assertTrue(f.training.exams().results(Actor.SYSTEM, m.exam().batch().id()).isEmpty(), "no result fed");
    }

    /** The county's exam, its town candidate 郑十 and county candidate 周九 added, then the town received by 报送. */
    private record TownReceived(ExamBatch batch, OnlineExam exam, long townCandidate) {
    }

    private TownReceived countyExamWithATownCandidateThenTheTownReceived() {
        f.singles(10, null);
        ExamBatch b = f.batch(100);
        OnlineExam e = f.exams.desk().create(Actor.SYSTEM, b.id(), new ExamSetup(60, List.of("A"),
                List.of(new ExamPart(QuestionType.SINGLE, 10, 10)), List.of(), false));
        var town = f.ledger.org("某乡人民政府", org.fazhi.model.org.OrgKind.TOWNSHIP, f.county);
        long zheng = f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), new CandidateDraft("郑十", town.id(), null, "科员", "副科长",
                null)).candidateId();
        f.exams.desk().addCandidate(Actor.SYSTEM, e.id(), f.candidate("周九"));
        f.ledger.database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO received_units (org_id, received_at) "
                + "VALUES (:id, '2026-06-01T00:00:00Z')").bind("id", town.id()).execute());
        return new TownReceived(b, e, zheng);
    }

    @Test
    void closingAnExamOfTheReceiversOwnListsAReceivedCandidatesResultAsRefused() {
        TownReceived t = countyExamWithATownCandidateThenTheTownReceived();
        // The county's exam closes; the town's candidate gets no result here, as the batch refuses one for a received unit.
        assertEquals(List.of("郑十:" + Scope.RECEIVED), f.exams.desk().close(Actor.SYSTEM, t.exam().id()));
        List<ExamResult> results = f.training.exams().results(Actor.SYSTEM, t.batch().id());
        assertEquals(List.of("周九"), results.stream().map(ExamResult::name).toList(), "the county's absentee is recorded");
    }

    @Test
    void noCodeIsIssuedToAReceivedUnitsCandidateInAnExamOfTheReceiversOwn() {
        TownReceived t = countyExamWithATownCandidateThenTheTownReceived();
        // The code sheet leaves the town's candidate out; a code asked for by name is refused.
        assertEquals(List.of("周九"), f.exams.desk().issueCodes(Actor.SYSTEM, t.exam().id(), List.of()).stream()
                .map(IssuedCode::name).toList());
        assertEquals(Scope.RECEIVED, assertThrows(ReceivedUnitException.class,
                () -> f.exams.desk().issueCodes(Actor.SYSTEM, t.exam().id(), List.of(t.townCandidate()))).getMessage());
    }

    @Test
    void aSittingOfAReceivedUnitsExamTakesNoAnswerNoSubmitAndTheSweepLeavesIt() {
        CaseExam x = caseExam();
        String code = f.exams.desk().issueCodes(Actor.SYSTEM, x.exam().id(), List.of()).stream()
                .filter(c -> c.name().equals("周九")).findFirst().orElseThrow().code();
        receiveTheCounty();
        long answers = f.count("exam_answers");
        long questionId = x.items().get(0).id();
        for (org.junit.jupiter.api.function.Executable change : List.<org.junit.jupiter.api.function.Executable>of(
                () -> f.exams.room().answer(x.sitting().token(), questionId, "A"),
                () -> f.exams.room().submit(x.sitting().token()),
                () -> f.exams.room().login(code))) {
            assertEquals(Scope.RECEIVED, assertThrows(AccessDeniedException.class, change).getMessage());
        }
        f.clock.advance(java.time.Duration.ofMinutes(61));
        assertEquals(0, f.exams.room().sweep(), "the time is up, but the paper is read-only here: left, not a failing sweep");
        // Opening the paper after the time is up submits an ordinary one; a read-only one stays as it is.
        assertFalse(f.exams.room().paper(x.sitting().token()).submitted(), "still the unsubmitted paper");
        assertEquals(answers, f.count("exam_answers"), "nothing written");
        assertTrue(f.training.exams().results(Actor.SYSTEM, x.batch().id()).isEmpty(), "no result fed");
    }
}
