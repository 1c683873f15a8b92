package org.fazhi.training.exam;

import static org.fazhi.training.County.ADMIN;
import static org.fazhi.training.exam.Outcome.ABSENT;
import static org.fazhi.training.exam.Outcome.DEFERRED;
import static org.fazhi.training.exam.Outcome.PASSED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditEntry;
import org.fazhi.training.County;
import org.junit.jupiter.api.Test;

/** Test batches and results with derived outcomes, corrections and scope, over a real ledger (retakes: ExamRetakeTest). */
class ExamServiceTest extends ExamCase {
    // ---- batches ----

    @Test
    void aBatchIsStoredListedCorrectedAndDeleted() {
        ExamBatch b = tests.createBatch(ADMIN, new ExamBatch(null, c.county.id(), LocalDate.of(2024, 3, 10), Track.NPC,
                " B ", 100, 60, null, " 第一批 ", 0));
        assertTrue(b.id() > 0);
        assertEquals("B", b.paper());
        assertEquals("第一批", b.title());
        assertEquals(ExamMode.WRITTEN, b.mode());
        assertEquals(0, b.version());
        assertEquals(b, tests.batch(ADMIN, b.id()));

        ExamBatch u = tests.updateBatch(ADMIN, b.id(), new ExamBatch(null, c.justice.id(), LocalDate.of(2024, 3, 12),
                Track.NON_NPC, "A", 150, 90, ExamMode.COMPUTER, "第一批(机考)", 0), 0);
        assertEquals(1, u.version());
        assertEquals(c.justice.id(), u.orgId());
        assertEquals(150, u.fullMark());
        assertEquals(90, u.passMark());
        assertEquals(ExamMode.COMPUTER, u.mode());

        ConflictException stale = assertThrows(ConflictException.class, () -> tests.updateBatch(ADMIN, b.id(),
                withPassMark(u, 100, 80), 0));
        assertEquals("version", stale.field());
        assertEquals(90, tests.batch(ADMIN, b.id()).passMark());

        tests.deleteBatch(ADMIN, b.id());
        assertThrows(NotFoundException.class, () -> tests.batch(ADMIN, b.id()));
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"),
                c.audit("test-batch", b.id()).stream().map(AuditEntry::action).toList());
    }

    @Test
    void aBatchWithResultsCannotBeDeleted() {
        ExamBatch b = batch("2024-03-10");
        ExamResult r = add(b, sat("张三", c.justice, 80));
        ConflictException e = assertThrows(ConflictException.class, () -> tests.deleteBatch(ADMIN, b.id()));
        assertTrue(e.getMessage().contains("先删除成绩"), e.getMessage());
        tests.deleteResult(ADMIN, r.id());
        tests.deleteBatch(ADMIN, b.id());
        assertEquals(0, tests.batches(ADMIN, null, null, null, Page.FIRST).total());
    }

    @Test
    void batchListsFilterByYearTrackAndSubtreeAndPage() {
        batch(c.county, "2023-12-31", 60);
        tests.createBatch(ADMIN, new ExamBatch(null, c.county.id(), LocalDate.of(2024, 1, 1), Track.NPC, null, 100, 60,
                null, null, 0));
        batch(c.justice, "2024-05-01", 60);
        batch(c.notary, "2024-06-01", 60);
        batch(c.county2, "2024-07-01", 60);

        PageResult<ExamBatch> all = tests.batches(ADMIN, null, null, null, Page.FIRST);
        assertEquals(5, all.total());
        assertEquals(LocalDate.of(2024, 7, 1), all.items().get(0).date(), "newest first");
        assertEquals(1, tests.batches(ADMIN, null, 2023, null, Page.FIRST).total());
        assertEquals(4, tests.batches(ADMIN, null, 2024, null, Page.FIRST).total());
        assertEquals(List.of(LocalDate.of(2024, 1, 1)), tests.batches(ADMIN, null, null, Track.NPC, Page.FIRST).items()
                .stream().map(ExamBatch::date).toList());
        assertEquals(2, tests.batches(ADMIN, c.justice.id(), 2024, null, Page.FIRST).total(), "司法局 and 公证处");
        assertEquals(4, tests.batches(ADMIN, c.county.id(), null, null, Page.FIRST).total());
        PageResult<ExamBatch> second = tests.batches(ADMIN, null, null, null, new Page(2, 2));
        assertEquals(5, second.total());
        assertEquals(List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 1, 1)),
                second.items().stream().map(ExamBatch::date).toList());

        Actor organiser = County.organiser(c.justice);
        assertEquals(2, tests.batches(organiser, null, null, null, Page.FIRST).total());
        assertThrows(AccessDeniedException.class, () -> tests.batches(organiser, c.county.id(), null, null, Page.FIRST));
        assertThrows(AccessDeniedException.class, () -> tests.createBatch(organiser, new ExamBatch(null, c.finance.id(),
                LocalDate.of(2024, 8, 2), Track.NPC, null, 100, 60, null, null, 0)));
        assertThrows(AccessDeniedException.class, () -> tests.createBatch(County.viewer(null),
                new ExamBatch(null, c.county.id(), LocalDate.of(2024, 8, 2), Track.NPC, null, 100, 60, null, null, 0)));
        assertEquals("orgId", assertThrows(ValidationException.class, () -> tests.createBatch(ADMIN,
                new ExamBatch(null, 9999, LocalDate.of(2024, 8, 2), Track.NPC, null, 100, 60, null, null, 0))).field());
    }

    // ---- results ----

    @Test
    void resultsGetTheirOutcomeFromTheBatchsPassMark() {
        ExamBatch b = batch(c.county, "2024-03-10", 60);
        ExamResult pass = add(b, sat(" 张三 ", c.justice, 85));
        ExamResult edge = add(b, sat("李四", c.justice, 60));
        ExamResult fail = add(b, sat("王五", c.finance, 59.5));
        ExamResult away = add(b, absent("赵六", c.finance));
        assertEquals("张三", pass.name());
        assertEquals(b.id(), pass.batchId());
        assertEquals(PASSED, pass.outcome());
        assertEquals(PASSED, edge.outcome(), "the pass mark itself passes");
        assertEquals(DEFERRED, fail.outcome());
        assertEquals(ABSENT, away.outcome());
        assertNull(away.score());
        assertEquals(List.of("张三", "李四", "王五", "赵六"),
                tests.results(ADMIN, b.id()).stream().map(ExamResult::name).toList());

        ExamBatch strict = batch(c.county, "2024-03-11", 80);
        assertEquals(DEFERRED, add(strict, sat("孙七", c.town, 79.5)).outcome(), "some places pass at 80");
    }

    @Test
    void aScoreAboveTheFullMarkOrAPersonOfAnotherUnitIsRefused() {
        ExamBatch b = batch("2024-03-10");
        assertEquals("score", assertThrows(ValidationException.class, () -> add(b, sat("张三", c.justice, 100.5))).field());
        ExamResult linked = new ExamResult(null, 0, "钱局长", c.qian.id(), c.justice.id(), null, null, 70.0, false, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> add(b, linked));
        assertEquals("personId", e.field());
        assertTrue(e.getMessage().contains("编号 " + c.qian.id()) && !e.getMessage().contains("钱局长"), e.getMessage());
        assertEquals("orgId", assertThrows(ValidationException.class, () -> add(b,
                new ExamResult(null, 0, "某人", null, 9999, null, null, 70.0, false, null, null))).field());
        assertThrows(NotFoundException.class, () -> tests.addResult(ADMIN, 9999, sat("张三", c.justice, 70)));
        assertEquals(List.of(), tests.results(ADMIN, b.id()));
    }

    @Test
    void changingTheBatchsPassMarkDerivesTheOutcomesAgain() {
        ExamBatch b = batch("2024-03-10");
        ExamResult a = add(b, sat("甲", c.justice, 65));
        ExamResult f = add(b, sat("乙", c.justice, 58));
        ExamResult x = add(b, absent("丙", c.justice));

        ExamBatch lower = tests.updateBatch(ADMIN, b.id(), withPassMark(b, 100, 55), null);
        assertEquals(55, lower.passMark());
        assertEquals(List.of(PASSED, PASSED, ABSENT), List.of(outcome(a), outcome(f), outcome(x)));

        tests.updateBatch(ADMIN, b.id(), withPassMark(b, 100, 70), null);
        assertEquals(List.of(DEFERRED, DEFERRED, ABSENT), List.of(outcome(a), outcome(f), outcome(x)));

        ValidationException tooLow = assertThrows(ValidationException.class, () ->
                tests.updateBatch(ADMIN, b.id(), withPassMark(b, 60, 36), null));
        assertEquals("score", tooLow.field(), "a full mark below a score already entered");
        assertEquals(100, tests.batch(ADMIN, b.id()).fullMark());
    }

    @Test
    void manyRowsAreAddedAllOrNothingNamingTheBadRow() {
        ExamBatch b = batch("2024-03-10");
        List<ExamResult> rows = List.of(sat("甲", c.justice, 80), sat("乙", c.justice, 70), sat("丙", c.finance, 120));
        ValidationException e = assertThrows(ValidationException.class, () -> tests.addResults(ADMIN, b.id(), rows));
        assertTrue(e.getMessage().startsWith("第3行:"), e.getMessage());
        assertEquals("score", e.field());
        assertEquals(List.of(), tests.results(ADMIN, b.id()), "the good rows were not kept either");
        assertEquals(List.of(), c.audit("test-result", null));

        ValidationException one = assertThrows(ValidationException.class, () -> tests.addResults(ADMIN, b.id(),
                List.of(sat("丙", c.finance, 120))));
        assertTrue(one.getMessage().startsWith("成绩"), "a single row needs no row number: " + one.getMessage());
        assertThrows(ValidationException.class, () -> tests.addResults(ADMIN, b.id(), List.of()));

        List<ExamResult> stored = tests.addResults(ADMIN, b.id(), List.of(sat("甲", c.justice, 80),
                sat("乙", c.justice, 50), absent("丙", c.finance)));
        assertEquals(List.of(PASSED, DEFERRED, ABSENT), stored.stream().map(ExamResult::outcome).toList());
        List<AuditEntry> log = c.audit("test-result", null);
        assertEquals(1, log.size());
        assertTrue(log.get(0).summary().contains("3 条"), log.get(0).summary());
    }

    @Test
    void aCorrectedScoreDerivesTheOutcomeAgain() {
        ExamBatch b = batch("2024-03-10");
        ExamResult r = add(b, sat("乙", c.justice, 58));
        ExamResult fixed = tests.updateResult(ADMIN, r.id(), new ExamResult(null, 0, "乙", null, c.justice.id(), "科员",
                "副科长", 68.0, false, null, null));
        assertEquals(PASSED, fixed.outcome());
        assertEquals(68.0, tests.result(ADMIN, r.id()).score());
        assertEquals(List.of("UPDATE", "CREATE"), c.audit("test-result", r.id()).stream().map(AuditEntry::action).toList());
    }

    @Test
    void aCorrectionOnTheStoredVersionDerivesTheOutcomeAndMovesTheVersionOn() {
        ExamBatch b = batch("2024-03-10");
        ExamResult r = add(b, sat("乙", c.justice, 68));
        assertEquals(0, r.version());
        assertEquals(PASSED, r.outcome());
        ExamResult fixed = tests.updateResult(ADMIN, r.id(), sat("乙", c.justice, 48), r.version());
        assertEquals(DEFERRED, fixed.outcome(), "a score below the pass mark is a failure now");
        assertEquals(1, fixed.version());
        ExamResult gone = tests.updateResult(ADMIN, r.id(), absent("乙", c.justice), fixed.version());
        assertEquals(ABSENT, gone.outcome());
        assertNull(gone.score());
        assertEquals(2, gone.version());
    }

    @Test
    void aCorrectionOnAStaleVersionIsRefusedAndChangesNothing() {
        ExamBatch b = batch("2024-03-10");
        ExamResult r = add(b, sat("乙", c.justice, 58));
        tests.updateResult(ADMIN, r.id(), sat("乙", c.justice, 59), r.version());
        ConflictException e = assertThrows(ConflictException.class,
                () -> tests.updateResult(ADMIN, r.id(), sat("乙", c.justice, 78), r.version()));
        assertEquals("version", e.field());
        assertTrue(e.getMessage().contains("已被他人修改"), e.getMessage());
        ExamResult stored = tests.result(ADMIN, r.id());
        assertEquals(59.0, stored.score());
        assertEquals(DEFERRED, stored.outcome());
        assertEquals(1, stored.version());
        // Without a version the correction is taken as before (API callers that never sent one).
        assertEquals(PASSED, tests.updateResult(ADMIN, r.id(), sat("乙", c.justice, 78)).outcome());
    }

    @Test
    void aPassMarkChangeKeepsResultVersionsConsistent() {
        ExamBatch b = batch("2024-03-10");
        ExamResult r = add(b, sat("乙", c.justice, 65));
        ExamBatch raised = tests.updateBatch(ADMIN, b.id(), new ExamBatch(null, b.orgId(), b.date(), b.track(), b.paper(),
                b.fullMark(), 70, b.mode(), b.title(), 0), b.version());
        ExamResult after = tests.result(ADMIN, r.id());
        assertEquals(DEFERRED, after.outcome());
        assertEquals(1, after.version(), "the re-derived outcome is a change of the result");
        assertEquals(70, raised.passMark());
        ConflictException e = assertThrows(ConflictException.class,
                () -> tests.updateResult(ADMIN, r.id(), sat("乙", c.justice, 75), r.version()));
        assertEquals("version", e.field());
    }

    @Test
    void aScopedUserSeesTheirCandidatesButAddsResultsOnlyToTheirSubtreesBatches() {
        ExamBatch b = batch(c.county, "2024-03-10", 60);
        ExamResult justice = add(b, sat("司法局考生", c.justice, 80));
        ExamResult finance = add(b, sat("财政局考生", c.finance, 80));
        Actor organiser = County.organiser(c.justice);

        assertEquals(List.of("司法局考生"), tests.results(organiser, b.id()).stream().map(ExamResult::name).toList());
        assertEquals("司法局考生", tests.result(organiser, justice.id()).name());
        assertThrows(AccessDeniedException.class, () -> tests.result(organiser, finance.id()));
        assertThrows(AccessDeniedException.class, () -> tests.addResult(organiser, b.id(), sat("越权", c.finance, 70)));
        assertThrows(AccessDeniedException.class, () -> tests.deleteResult(organiser, finance.id()));
        assertThrows(AccessDeniedException.class, () -> tests.results(County.organiser(c.county2), b.id()));
        // The county's batch is the county's record: a unit below reads its own candidates there but adds
        // no rows to it, even for its own candidates (the import refuses the same).
        assertThrows(AccessDeniedException.class, () -> tests.addResult(organiser, b.id(), sat("公证处考生", c.notary, 70)));
        assertEquals(2, tests.results(ADMIN, b.id()).size(), "nothing was added");
        ExamBatch own = batch(c.justice, "2024-03-12", 60);
        assertEquals("公证处考生", tests.addResult(organiser, own.id(), sat("公证处考生", c.notary, 70)).name());
        assertThrows(AccessDeniedException.class, () -> tests.addResult(County.viewer(null), b.id(), sat("查看者", c.justice, 70)));
    }

    @Test
    void listCountsMatchWhatEachReaderSeesOfEveryBatch() {
        ExamBatch b = batch(c.county, "2024-05-10", 60);
        ExamBatch empty = batch(c.county, "2024-05-11", 60);
        add(b, sat("司法局合格", c.justice, 80));
        add(b, sat("司法局不合格", c.justice, 40));
        add(b, sat("财政局合格", c.finance, 90));
        Actor organiser = County.organiser(c.justice);

        Map<Long, int[]> all = tests.counts(ADMIN, List.of(b.id(), empty.id()));
        assertArrayEquals(new int[] {3, 2}, all.get(b.id()), "three results, two passed");
        assertFalse(all.containsKey(empty.id()), "a batch without results has no row");
        assertArrayEquals(new int[] {2, 1}, tests.counts(organiser, List.of(b.id())).get(b.id()),
                "a scoped reader counts only their units' candidates, as results() shows them");
        assertEquals(tests.results(organiser, b.id()).size(), tests.counts(organiser, List.of(b.id())).get(b.id())[0]);
        assertTrue(tests.counts(ADMIN, List.of()).isEmpty());
    }
}
