package org.fazhi.onlineexam.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.exam.Candidate;
import org.fazhi.onlineexam.exam.CandidateStatus;
import org.fazhi.onlineexam.exam.ExamFixture;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Outcome;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The demo's online exam on the suite's engine, after the demo bank and a batch to take the unit from: whatever
 * questions the draw gives, the same statuses, scores and results every time.
 */
class DemoExamTest {
    @AutoClose
    private final ExamFixture f = new ExamFixture();

    @Test
    void sixCandidatesFourSubmittedOneMarkedByHandOneToMark() {
        ExamBatch earlier = f.batch(100);
        f.training.exams().addResult(Actor.SYSTEM, earlier.id(), new ExamResult(null, 0, "吴一", null, f.county.id(), "科员",
                "副科长", 80.0, false, null, null));
        new DemoQuestions(f.bank.questions()).load();
        DemoExam.Result r = new DemoExam(f.exams, f.training.exams()).load(f.clock.today());
        assertEquals(new DemoExam.Result(r.batchId(), r.examId(), 6, 4, 1), r);
        assertEquals(f.clock.today(), f.training.exams().batch(Actor.SYSTEM, r.batchId()).date());

        Map<String, Candidate> byName = f.exams.desk().candidates(Actor.SYSTEM, r.examId()).stream()
                .collect(Collectors.toMap(Candidate::name, c -> c));
        assertEquals(90.0, byName.get("周明远").score(), "74 objective + 16 marked by hand");
        assertEquals(CandidateStatus.SUBMITTED, byName.get("陈思琪").status());
        assertEquals(1, byName.get("陈思琪").pendingCase());
        assertNull(byName.get("陈思琪").score(), "no score until the case answer is marked");
        assertEquals(64.0, byName.get("刘建国").score());
        assertEquals(40.0, byName.get("孙立新").score());
        assertEquals(CandidateStatus.SITTING, byName.get("王晓燕").status());
        assertEquals(17, byName.get("王晓燕").answered(), "six of each part so far (five multiple choice)");
        assertEquals(CandidateStatus.WAITING, byName.get("赵子涵").status());

        Map<String, ExamResult> results = f.training.exams().results(Actor.SYSTEM, r.batchId()).stream()
                .collect(Collectors.toMap(ExamResult::name, x -> x));
        assertEquals(List.of("刘建国", "周明远", "孙立新"), results.keySet().stream().sorted().toList());
        assertEquals(Outcome.PASSED, results.get("周明远").outcome());
        assertEquals(Outcome.DEFERRED, results.get("孙立新").outcome());
        assertEquals(f.county.id(), results.get("刘建国").orgId(), "the candidates come from the earlier batch's units");
    }

    @Test
    void aLedgerWithoutATestBatchGetsNoExam() {
        new DemoQuestions(f.bank.questions()).load();
        assertNull(new DemoExam(f.exams, f.training.exams()).load(f.clock.today()));
    }
}
