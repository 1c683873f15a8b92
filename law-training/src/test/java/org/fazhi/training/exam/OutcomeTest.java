package org.fazhi.training.exam;

import static org.fazhi.training.exam.Outcome.ABSENT;
import static org.fazhi.training.exam.Outcome.DEFERRED;
import static org.fazhi.training.exam.Outcome.PASSED;
import static org.fazhi.training.exam.Outcome.PASSED_RETAKE;
import static org.fazhi.training.exam.Outcome.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.ValidationException;
import org.junit.jupiter.api.Test;

/** What a sitting means for the appointment, and the records of batches and results. */
class OutcomeTest {

    @Test
    void anAbsentCandidateIsAbsentWhateverElse() {
        assertEquals(ABSENT, Outcome.decide(true, null, 60, 0, 1));
        assertEquals(ABSENT, Outcome.decide(true, null, 60, 1, 1), "absent from the retake too");
        assertEquals(ABSENT, Outcome.decide(true, null, 60, 0, 0));
    }

    @Test
    void aPassAtTheFirstSittingIsPassedAndThePassMarkItselfPasses() {
        assertEquals(PASSED, Outcome.decide(false, 60.0, 60, 0, 1));
        assertEquals(PASSED, Outcome.decide(false, 100.0, 60, 0, 1));
        assertEquals(PASSED, Outcome.decide(false, 80.0, 80, 0, 0));
    }

    @Test
    void aPassOnARetakeIsPassedRetake() {
        assertEquals(PASSED_RETAKE, Outcome.decide(false, 75.0, 60, 1, 1));
        assertEquals(PASSED_RETAKE, Outcome.decide(false, 60.0, 60, 2, 2));
    }

    @Test
    void aFailWithRetakesLeftIsDeferred() {
        assertEquals(DEFERRED, Outcome.decide(false, 59.9, 60, 0, 1));
        assertEquals(DEFERRED, Outcome.decide(false, 0.0, 60, 1, 2), "a second retake remains");
    }

    @Test
    void aFailWithNoRetakeLeftIsWithdrawn() {
        assertEquals(WITHDRAWN, Outcome.decide(false, 50.0, 60, 1, 1));
        assertEquals(WITHDRAWN, Outcome.decide(false, 50.0, 60, 2, 2));
        assertEquals(WITHDRAWN, Outcome.decide(false, 79.5, 80, 0, 0), "no retakes allowed: the first fail withdraws");
    }

    @Test
    void onlyPassesCountAsPassed() {
        assertTrue(PASSED.passed());
        assertTrue(PASSED_RETAKE.passed());
        assertFalse(DEFERRED.passed());
        assertFalse(WITHDRAWN.passed());
        assertFalse(ABSENT.passed());
        assertEquals("不合格,暂缓任用", DEFERRED.label());
    }

    @Test
    void aBatchDefaultsToAWrittenPaperAndChecksItsMarks() {
        ExamBatch b = new ExamBatch(null, 1, LocalDate.of(2024, 3, 1), Track.NPC, " A ", 100, 60, null, null, 0);
        assertEquals(ExamMode.WRITTEN, b.mode());
        assertEquals("A", b.paper());
        ValidationException e = assertThrows(ValidationException.class, () ->
                new ExamBatch(null, 0, null, null, null, 0, 60, null, null, 0));
        assertEquals(List.of("orgId", "date", "track", "fullMark", "passMark"),
                e.all().stream().map(ValidationException::field).toList());
        assertEquals("passMark", assertThrows(ValidationException.class, () ->
                new ExamBatch(null, 1, LocalDate.of(2024, 3, 1), Track.NON_NPC, null, 100, 101, null, null, 0)).field());
    }

    @Test
    void aResultNeedsANameAndEitherAScoreOrAnAbsence() {
        ValidationException e = assertThrows(ValidationException.class, () ->
                new ExamResult(null, 1, " ", null, 0, null, null, null, false, null, null));
        assertEquals(List.of("name", "orgId", "score"), e.all().stream().map(ValidationException::field).toList());
        assertTrue(e.all().get(2).getMessage().contains("缺考"), "tells to tick 缺考: " + e.all().get(2).getMessage());
        assertEquals("score", assertThrows(ValidationException.class, () ->
                new ExamResult(null, 1, "张三", null, 1, null, null, 70.0, true, null, null)).field());
        assertEquals("score", assertThrows(ValidationException.class, () ->
                new ExamResult(null, 1, "张三", null, 1, null, null, -1.0, false, null, null)).field());
        assertEquals("score", assertThrows(ValidationException.class, () ->
                new ExamResult(null, 1, "张三", null, 1, null, null, 72.25, false, null, null)).field());
        assertEquals(72.5, new ExamResult(null, 1, "张三", null, 1, null, null, 72.5, false, null, null).score());
    }

    @Test
    void aScoreAboveTheFullMarkIsRefused() {
        ExamBatch b = new ExamBatch(1L, 1, LocalDate.of(2024, 3, 1), Track.NPC, null, 100, 60, null, null, 0);
        ExamResult r = new ExamResult(null, 1, "张三", null, 1, null, null, 100.5, false, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> r.checkAgainst(b));
        assertEquals("score", e.field());
        assertTrue(e.getMessage().contains("超过满分"), e.getMessage());
    }
}
