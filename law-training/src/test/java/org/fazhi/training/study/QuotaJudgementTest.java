package org.fazhi.training.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.org.OrgKind;
import org.junit.jupiter.api.Test;

/** Whether a unit met a quota: a past year on the total, the current year on pace. */
class QuotaJudgementTest {
    private static final QuotaRule FOUR_A_YEAR = new QuotaRule(1L, "县政府常务会议会前学法", List.of(StudyKind.EXEC_MEETING),
            OrgKind.COUNTY_GOV, 4, QuotaPeriod.YEAR, null, true, 0);
    private static final QuotaRule ONE_A_QUARTER = new QuotaRule(2L, "党组会前学法", List.of(StudyKind.PARTY_GROUP),
            OrgKind.DEPARTMENT, 1, QuotaPeriod.QUARTER, null, true, 0);
    private static final LocalDate MID_AUGUST = LocalDate.of(2024, 8, 15);

    @Test
    void aPastYearIsJudgedOnItsTotalWhateverTheQuarters() {
        QuotaJudgement met = QuotaJudgement.judge(FOUR_A_YEAR, 2023, new int[] {0, 0, 0, 4}, MID_AUGUST);
        assertTrue(met.compliant(), "four sessions all in December still make four");
        assertTrue(met.finalJudgement());
        assertEquals(4, met.required());
        assertEquals(4, met.due());
        assertEquals(4, met.held());

        QuotaJudgement behind = QuotaJudgement.judge(FOUR_A_YEAR, 2023, new int[] {1, 1, 1, 0}, MID_AUGUST);
        assertFalse(behind.compliant());
        assertEquals(3, behind.held());
        assertEquals(4, behind.due());
    }

    @Test
    void theCurrentYearIsJudgedOnPace() {
        // 2024-08-15: two quarters have ended, so half of the four a year is due.
        QuotaJudgement onPace = QuotaJudgement.judge(FOUR_A_YEAR, 2024, new int[] {1, 1, 0, 0}, MID_AUGUST);
        assertEquals(4, onPace.required());
        assertEquals(2, onPace.due());
        assertEquals(2, onPace.held());
        assertTrue(onPace.compliant());
        assertFalse(onPace.finalJudgement(), "the year is not over");

        QuotaJudgement behind = QuotaJudgement.judge(FOUR_A_YEAR, 2024, new int[] {1, 0, 0, 0}, MID_AUGUST);
        assertEquals(2, behind.due());
        assertEquals(1, behind.held());
        assertFalse(behind.compliant());
    }

    @Test
    void sessionsOfTheRunningQuarterCountTowardsPace() {
        QuotaJudgement j = QuotaJudgement.judge(FOUR_A_YEAR, 2024, new int[] {0, 1, 1, 0}, MID_AUGUST);
        assertEquals(2, j.held());
        assertTrue(j.compliant());
    }

    @Test
    void nobodyIsBehindBeforeTheFirstQuarterEnds() {
        QuotaJudgement j = QuotaJudgement.judge(FOUR_A_YEAR, 2024, new int[4], LocalDate.of(2024, 3, 30));
        assertEquals(0, j.due());
        assertTrue(j.compliant());
        // On the last day of a quarter that quarter counts as ended.
        assertEquals(1, QuotaJudgement.judge(FOUR_A_YEAR, 2024, new int[4], LocalDate.of(2024, 3, 31)).due());
    }

    @Test
    void paceRoundsDown() {
        QuotaRule twoAYear = new QuotaRule(3L, "集体学法", List.of(StudyKind.COLLECTIVE), OrgKind.DEPARTMENT, 2,
                QuotaPeriod.YEAR, null, true, 0);
        assertEquals(0, QuotaJudgement.judge(twoAYear, 2024, new int[4], LocalDate.of(2024, 5, 1)).due(), "2×1/4 = 0");
        assertEquals(1, QuotaJudgement.judge(twoAYear, 2024, new int[4], MID_AUGUST).due(), "2×2/4 = 1");
        assertEquals(1, QuotaJudgement.judge(twoAYear, 2024, new int[4], LocalDate.of(2024, 11, 1)).due(), "2×3/4 = 1");
    }

    @Test
    void aQuarterlyRuleNeedsEveryEndedQuarterAndLeavesTheRunningOneAlone() {
        QuotaJudgement ok = QuotaJudgement.judge(ONE_A_QUARTER, 2024, new int[] {1, 2, 0, 0}, MID_AUGUST);
        assertTrue(ok.compliant(), "Q3 is still running");
        assertEquals(4, ok.required());
        assertEquals(2, ok.due());
        assertEquals(3, ok.held());
        assertEquals(Boolean.TRUE, ok.quarterMet(ONE_A_QUARTER, 1, 2024, MID_AUGUST));
        assertEquals(Boolean.TRUE, ok.quarterMet(ONE_A_QUARTER, 2, 2024, MID_AUGUST));
        assertNull(ok.quarterMet(ONE_A_QUARTER, 3, 2024, MID_AUGUST), "the running quarter is not judged");

        QuotaJudgement missedOne = QuotaJudgement.judge(ONE_A_QUARTER, 2024, new int[] {3, 0, 2, 0}, MID_AUGUST);
        assertFalse(missedOne.compliant(), "an empty Q2 is not made up by an extra Q1");
        assertEquals(Boolean.FALSE, missedOne.quarterMet(ONE_A_QUARTER, 2, 2024, MID_AUGUST));
        assertEquals(5, missedOne.held());
    }

    @Test
    void aQuarterlyRuleOverAPastYearJudgesAllFourQuarters() {
        assertFalse(QuotaJudgement.judge(ONE_A_QUARTER, 2023, new int[] {1, 1, 1, 0}, MID_AUGUST).compliant());
        QuotaJudgement all = QuotaJudgement.judge(ONE_A_QUARTER, 2023, new int[] {1, 1, 1, 1}, MID_AUGUST);
        assertTrue(all.compliant());
        assertTrue(all.finalJudgement());
        assertEquals(4, all.due());
        assertEquals(Boolean.TRUE, all.quarterMet(ONE_A_QUARTER, 4, 2023, MID_AUGUST));
    }

    @Test
    void aFutureYearHasNothingDue() {
        QuotaJudgement yearly = QuotaJudgement.judge(FOUR_A_YEAR, 2025, new int[4], MID_AUGUST);
        assertEquals(0, yearly.due());
        assertTrue(yearly.compliant());
        assertFalse(yearly.finalJudgement());
        QuotaJudgement quarterly = QuotaJudgement.judge(ONE_A_QUARTER, 2025, new int[4], MID_AUGUST);
        assertEquals(0, quarterly.due());
        assertTrue(quarterly.compliant());
    }

    @Test
    void aYearlyRuleJudgesNoSingleQuarter() {
        QuotaJudgement j = QuotaJudgement.judge(FOUR_A_YEAR, 2023, new int[] {1, 1, 1, 1}, MID_AUGUST);
        assertNull(j.quarterMet(FOUR_A_YEAR, 1, 2023, MID_AUGUST));
        assertArrayEquals(new int[] {1, 1, 1, 1}, j.perQuarter());
    }
}
