package org.fazhi.training.exam;

import static org.fazhi.training.County.ADMIN;
import static org.fazhi.training.exam.Outcome.DEFERRED;
import static org.fazhi.training.exam.Outcome.PASSED;
import static org.fazhi.training.exam.Outcome.PASSED_RETAKE;
import static org.fazhi.training.exam.Outcome.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.storage.core.AuditEntry;
import org.fazhi.training.County;
import org.junit.jupiter.api.Test;

/** The retake rules: how many retakes, which results may be retaken, in which batch, and what a retake keeps. */
class ExamRetakeTest extends ExamCase {
    @Test
    void aFailureRetakenAndPassedIsPassedOnRetake() {
        Retaken r = failedAndRetaken(75);
        assertEquals(PASSED_RETAKE, r.retake().outcome());
        assertEquals(r.fail().id(), r.retake().retakeOf());
        assertEquals(DEFERRED, outcome(r.fail()), "the first sitting stays failed");
    }

    @Test
    void withOneRetakeAllowedASecondFailureWithdrawsTheNomination() {
        assertEquals(1, tests.maxRetakes(), "one 补考 by default");
        ExamResult again = failedAndRetaken(55).retake();
        ExamBatch third = batch("2024-05-10");
        assertEquals(WITHDRAWN, again.outcome());
        ValidationException e = assertThrows(ValidationException.class, () -> add(third, retake(again, 90)));
        assertEquals("retakeOf", e.field());
        assertTrue(e.getMessage().contains("撤回提名"), "only a deferred result can be retaken: " + e.getMessage());
    }

    @Test
    void moreRetakesAllowedKeepAFailureDeferred() {
        tests.setMaxRetakes(ADMIN, 2);
        assertEquals(2, tests.maxRetakes());
        Retaken r = failedAndRetaken(55);
        ExamBatch b1 = r.first();
        ExamBatch b2 = r.next();
        ExamBatch b3 = batch("2024-05-10");
        ExamResult second = r.retake();
        assertEquals(DEFERRED, second.outcome(), "a second 补考 remains");
        ExamResult third = add(b3, retake(second, 58));
        assertEquals(WITHDRAWN, third.outcome());

        ExamResult other = add(b1, sat("赵六", c.finance, 40));
        ExamResult otherSecond = add(b2, retake(other, 45));
        assertEquals(PASSED_RETAKE, add(b3, retake(otherSecond, 61)).outcome());
        assertEquals(List.of("UPDATE"), c.audit("setting", null).stream().map(AuditEntry::action).toList());
    }

    @Test
    void changingTheRetakeCountJudgesOpenFailuresAgain() {
        Retaken chain = failedAndRetaken(55);
        ExamResult fail = chain.fail();
        ExamResult second = chain.retake();
        assertEquals(WITHDRAWN, second.outcome());
        tests.setMaxRetakes(ADMIN, 2);
        assertEquals(DEFERRED, outcome(second), "a second 补考 is now allowed");
        assertEquals(DEFERRED, outcome(fail), "the retaken sitting stays as it was");
        assertTrue(tests.awaitingRetake(ADMIN, 2024, null).stream().anyMatch(r -> r.id().equals(second.id())));
        tests.setMaxRetakes(ADMIN, 1);
        assertEquals(WITHDRAWN, outcome(second));
    }

    @Test
    void withNoRetakesAllowedTheFirstFailureWithdraws() {
        tests.setMaxRetakes(ADMIN, 0);
        assertEquals(WITHDRAWN, add(batch("2024-03-10"), sat("王五", c.finance, 50)).outcome());
    }

    @Test
    void onlyAdminsChangeTheRetakeCountWithinItsRange() {
        assertThrows(AccessDeniedException.class, () -> tests.setMaxRetakes(County.organiser(null), 2));
        assertEquals("maxRetakes", assertThrows(ValidationException.class, () -> tests.setMaxRetakes(ADMIN, 6)).field());
        assertEquals("maxRetakes", assertThrows(ValidationException.class, () -> tests.setMaxRetakes(ADMIN, -1)).field());
        assertEquals(1, tests.maxRetakes());
    }

    @Test
    void onlyADeferredResultCanBeRetaken() {
        ExamBatch first = batch("2024-03-10");
        ExamBatch next = batch("2024-04-10");
        ExamResult pass = add(first, sat("张三", c.justice, 80));
        ExamResult away = add(first, absent("赵六", c.finance));
        ValidationException passed = assertThrows(ValidationException.class, () -> add(next, retake(pass, 90)));
        assertEquals("retakeOf", passed.field());
        assertTrue(passed.getMessage().contains("合格"), passed.getMessage());
        ValidationException absentee = assertThrows(ValidationException.class, () -> add(next, retake(away, 90)));
        assertTrue(absentee.getMessage().contains("缺考"), absentee.getMessage());
        ExamResult ghost = new ExamResult(null, 0, "张三", null, c.justice.id(), null, null, 90.0, false, 9999L, null);
        assertEquals("retakeOf", assertThrows(ValidationException.class, () -> add(next, ghost)).field());
    }

    @Test
    void aRetakeMustBeInALaterBatch() {
        ExamBatch march = batch("2024-03-10");
        ExamResult fail = add(march, sat("王五", c.finance, 50));
        ValidationException same = assertThrows(ValidationException.class, () -> add(march, retake(fail, 80)));
        assertEquals("retakeOf", same.field());
        assertTrue(same.getMessage().contains("之后的批次"), same.getMessage());

        // A batch dated before the failure is no later, even when it was entered afterwards.
        ExamBatch february = batch("2024-02-10");
        assertEquals("retakeOf", assertThrows(ValidationException.class, () -> add(february, retake(fail, 80))).field());

        ExamBatch sameDayLater = batch("2024-03-10");
        assertEquals(PASSED_RETAKE, add(sameDayLater, retake(fail, 80)).outcome(), "a second batch on the same day is later");
    }

    @Test
    void aRetakeIsOfTheSamePersonAndHappensOnce() {
        ExamBatch first = batch("2024-03-10");
        ExamBatch next = batch("2024-04-10");
        ExamBatch third = batch("2024-05-10");
        ExamResult fail = add(first, sat("王五", c.finance, 50));
        ExamResult impostor = new ExamResult(null, 0, "王六", null, c.finance.id(), null, null, 90.0, false, fail.id(), null);
        ValidationException e = assertThrows(ValidationException.class, () -> add(next, impostor));
        assertEquals("retakeOf", e.field());
        assertTrue(e.getMessage().contains("王六") && e.getMessage().contains("王五"), e.getMessage());

        add(next, retake(fail, 52));
        ValidationException twice = assertThrows(ValidationException.class, () -> add(third, retake(fail, 90)));
        assertEquals("retakeOf", twice.field());
        assertTrue(twice.getMessage().contains("已经补考过"), twice.getMessage());
    }

    @Test
    void aRetakenFailureCannotTurnIntoAPassByLoweringThePassMark() {
        ExamBatch b = batch("2024-03-10");
        ExamBatch later = batch("2024-04-10");
        ExamResult fail = add(b, sat("乙", c.justice, 58));
        ExamResult pass = add(b, sat("甲", c.justice, 90));
        ExamResult again = add(later, retake(fail, 65));

        ConflictException e = assertThrows(ConflictException.class, () ->
                tests.updateBatch(ADMIN, b.id(), withPassMark(b, 100, 55), null));
        assertTrue(e.getMessage().contains("乙") && e.getMessage().contains("补考"), e.getMessage());
        assertEquals(60, tests.batch(ADMIN, b.id()).passMark(), "all or nothing");
        assertEquals(0, tests.batch(ADMIN, b.id()).version());
        assertEquals(DEFERRED, outcome(fail));
        assertEquals(PASSED, outcome(pass));

        tests.updateBatch(ADMIN, later.id(), withPassMark(later, 100, 70), null);
        assertEquals(WITHDRAWN, outcome(again), "the retake batch's own pass mark decides the retake");
    }

    @Test
    void twoRowsOfOnePasteCannotRetakeTheSameResult() {
        ExamBatch b = batch("2024-03-10");
        ExamBatch later = batch("2024-04-10");
        ExamResult fail = add(b, sat("乙", c.justice, 40));
        ValidationException e = assertThrows(ValidationException.class, () -> tests.addResults(ADMIN, later.id(),
                List.of(retake(fail, 70), retake(fail, 75))));
        assertTrue(e.getMessage().startsWith("第2行:"), e.getMessage());
        assertEquals(List.of(), tests.results(ADMIN, later.id()));
    }

    @Test
    void aResultWithARetakeKeepsItsFailureAndCannotBeDeleted() {
        ExamBatch b = batch("2024-03-10");
        ExamBatch later = batch("2024-04-10");
        ExamResult fail = add(b, sat("乙", c.justice, 58));
        ExamResult again = add(later, retake(fail, 70));

        ConflictException passNow = assertThrows(ConflictException.class, () -> tests.updateResult(ADMIN, fail.id(),
                sat("乙", c.justice, 68)));
        assertEquals("score", passNow.field());
        assertEquals(58.0, tests.result(ADMIN, fail.id()).score());

        ConflictException e = assertThrows(ConflictException.class, () -> tests.deleteResult(ADMIN, fail.id()));
        assertTrue(e.getMessage().contains("补考"), e.getMessage());
        tests.deleteResult(ADMIN, again.id());
        tests.deleteResult(ADMIN, fail.id());
        assertThrows(NotFoundException.class, () -> tests.result(ADMIN, fail.id()));
    }
}
