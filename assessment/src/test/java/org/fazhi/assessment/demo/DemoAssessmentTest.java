package org.fazhi.assessment.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.AssessmentSchema;
import org.fazhi.assessment.round.Answer;
import org.fazhi.assessment.round.Results;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.UnitState;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.demo.DemoCounty;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo county's assessment, loaded through the services on the suite's engine. */
class DemoAssessmentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final TestClock CLOCK = TestClock.on(TODAY);
    private static TempLedger ledger;
    private static Assessment assessment;
    private static DemoAssessment.Result demo;

    @BeforeAll
    static void load() {
        ledger = new TempLedger(CLOCK, DutyTrackingSchema.MIGRATIONS, AssessmentSchema.MIGRATIONS);
        new DemoCounty(ledger.services()).load();
        long t0 = System.nanoTime();
        demo = new DemoAssessment(ledger.services(), ledger.database()).load(TODAY);
        System.out.printf("演示考核载入 %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assessment = new Assessment(ledger.database(), ledger.services().audit(), CLOCK);
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void theCountySetItsOwnPoints() {
        IndicatorSystem system = assessment.systems().get(Actor.SYSTEM, demo.systemId());
        assertFalse(system.sample(), "edited: no longer the sample");
        assertEquals("清河县法治政府建设示范创建指标体系", system.title());
        assertEquals(0, system.total().compareTo(new java.math.BigDecimal("100")));
        assertTrue(system.used());
    }

    @Test
    void lastYearsRoundIsReviewedAndConfirmed() {
        Round last = demo.lastYear();
        assertEquals(2025, last.year());
        assertTrue(last.units().size() > 30, "units " + last.units().size());
        assertTrue(assessment.rounds().get(Actor.SYSTEM, last.id()).units().stream()
                .allMatch(u -> u.state() == UnitState.CONFIRMED), "every unit confirmed");
        Results r = assessment.results().results(Actor.SYSTEM, last.id());
        assertEquals(last.units().size(), r.assessed());
        assertTrue(r.met() > 0 && r.met() < r.assessed(), "some meet the standard, not all: " + r.sentence());
        assertEquals(1, r.units().get(0).rank());
        assertTrue(r.sentence().startsWith("纳入考核的" + r.assessed() + "个单位中" + r.met() + "个"), r.sentence());
        assertEquals(1, r.typical().size(), "one 典型经验做法");
        assertTrue(demo.deductions() > 20, "deductions " + demo.deductions());
        assertTrue(demo.evidence() > 50, "evidence " + demo.evidence());
        long withReason = last.units().stream().flatMap(u -> assessment.answers().answers(Actor.SYSTEM, last.id(), u.orgId())
                .stream()).filter(a -> a.reviewScore() != null && a.reviewScore().compareTo(a.points()) < 0)
                .filter(a -> a.reason() != null).count();
        assertEquals(demo.deductions(), withReason, "every deduction has its reason");
        long rectifications = last.units().stream().mapToLong(u -> assessment.review()
                .rectifications(Actor.SYSTEM, last.id(), u.orgId()).size()).sum();
        assertEquals(1, rectifications, "one 整改 opened from a deduction");
    }

    @Test
    void thisYearsRoundIsInProgress() {
        Round now = assessment.rounds().get(Actor.SYSTEM, demo.thisYear().id());
        assertEquals(2026, now.year());
        assertTrue(now.selfDeadline().isAfter(TODAY) && now.reviewDeadline().isAfter(now.selfDeadline()));
        long submitted = now.units().stream().filter(u -> u.state() == UnitState.SUBMITTED).count();
        assertEquals(demo.submitted(), submitted);
        assertTrue(submitted > 5 && submitted < now.units().size() / 2 + 5, "submitted " + submitted);
        long drafting = now.units().stream().filter(u -> u.state() == UnitState.OPEN).map(u -> assessment.answers()
                .answers(Actor.SYSTEM, now.id(), u.orgId())).filter(list -> list.stream().anyMatch(a -> a.selfScore() != null))
                .count();
        assertTrue(drafting > 5, "drafting " + drafting);
        List<Answer> any = assessment.answers().answers(Actor.SYSTEM, now.id(), now.units().get(0).orgId());
        assertTrue(any.stream().allMatch(a -> a.reviewScore() == null), "nothing reviewed yet");
    }
}
