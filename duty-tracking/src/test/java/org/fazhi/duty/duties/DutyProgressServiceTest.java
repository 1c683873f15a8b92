package org.fazhi.duty.duties;

import static org.fazhi.duty.duties.DutyDesk.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.Court;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.account.Actor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The progress board, counted by hand. On 2024-06-30 a county head has 7 items and every other head 5
 * (no 政府常务会议 duties), of which 2 (WORK_PLAN due 03-31, ANNUAL_REPORT due 04-01) are overdue:
 * <pre>
 * leader     unit      items done  NA  overdue  rate
 * 王县长     county     7     1    0    2       1/7 = 14.3
 * 张局长     justice    5     2    1    0       2/4 = 50.0   (WORK_PLAN, ANNUAL_REPORT done; MAJOR_DECISIONS NA)
 * 孙主任     notary     5     0    0    2       0.0
 * 钱局长     finance    5     5    0    0       100.0
 * 周镇长     town       5     0    0    2       0.0          (WORK_PLAN in progress, still late)
 * 吴县长     county2    7     0    2    2       0/5 = 0.0
 * </pre>
 */
class DutyProgressServiceTest {
    @AutoClose
    final DutyDesk d = new DutyDesk();
    final DutyProgressService progress = d.duties.progress();

    @BeforeEach
    void open() {
        d.plan2024();
        d.set(d.countyHead, "EXEC_MEETING_REPORT", DutyStatus.DONE, null);
        d.set(d.justiceHead, "WORK_PLAN", DutyStatus.DONE, null);
        d.set(d.justiceHead, "ANNUAL_REPORT", DutyStatus.DONE, null);
        d.set(d.justiceHead, "MAJOR_DECISIONS", DutyStatus.NOT_APPLICABLE, "本年度无重大行政决策");
        for (String code : DutyDesk.OTHER_CODES) {
            d.set(d.financeHead, code, DutyStatus.DONE, null);
        }
        d.set(d.townHead, "WORK_PLAN", DutyStatus.IN_PROGRESS, null);
        d.set(d.county2Head, "COURT_APPEARANCE", DutyStatus.NOT_APPLICABLE, "本年度无行政诉讼案件");
        d.set(d.county2Head, "YEAR_END_REPORT", DutyStatus.NOT_APPLICABLE, "任职未满一年");
    }

    private static String rate(DutyFigures f) {
        return f.rate().text();
    }

    private static List<Object> row(PersonProgress p) {
        return List.of(p.personName(), p.orgName(), p.total(), p.done(), p.overdue(), p.notApplicable(), p.rate().text());
    }

    private static List<Object> row(UnitProgress u) {
        return List.of(u.orgName(), u.own(), u.total(), u.done(), u.overdue(), u.notApplicable(), u.rate().text());
    }

    @Test
    void aCountyShowsItsLeadersAndUnitsBehindFirst() {
        DutyProgress p = progress.progress(ADMIN, 2024, d.court.county.id());
        assertEquals(d.court.county.id(), p.orgId());
        assertEquals(List.of(
                List.of("孙主任", "公证处", 5L, 0L, 2L, 0L, "0.0%"),
                List.of("周镇长", "城关镇人民政府", 5L, 0L, 2L, 0L, "0.0%"),
                List.of("王县长", "清河县人民政府", 7L, 1L, 2L, 0L, "14.3%"),
                List.of("张局长", "县司法局", 5L, 2L, 0L, 1L, "50.0%"),
                List.of("钱局长", "县财政局", 5L, 5L, 0L, 0L, "100.0%")),
                p.people().stream().map(DutyProgressServiceTest::row).toList());
        assertEquals(List.of(
                List.of("城关镇人民政府", false, 5L, 0L, 2L, 0L, "0.0%"),
                List.of("清河县人民政府", true, 7L, 1L, 2L, 0L, "14.3%"),
                List.of("县司法局", false, 10L, 2L, 2L, 1L, "22.2%"),
                List.of("县财政局", false, 5L, 5L, 0L, 0L, "100.0%")),
                p.units().stream().map(DutyProgressServiceTest::row).toList(),
                "司法局 rolls up 公证处: 2 done of 10 − 1");
        assertEquals(new DutyFigures(27, 8, 6, 1), p.total());
        assertEquals("30.8%", rate(p.total()), "8 ÷ 26 = 30.77…");
    }

    @Test
    void theWholeLedgerHasARowPerRoot() {
        DutyProgress p = progress.progress(ADMIN, 2024, null);
        assertNull(p.orgId());
        assertEquals(List.of(
                List.of("另一县人民政府", false, 7L, 0L, 2L, 2L, "0.0%"),
                List.of("清河县人民政府", false, 27L, 8L, 6L, 1L, "30.8%")),
                p.units().stream().map(DutyProgressServiceTest::row).toList());
        assertEquals(new DutyFigures(34, 8, 8, 3), p.total());
        assertEquals("25.8%", rate(p.total()), "8 ÷ 31 = 25.80…");
        assertEquals(6, p.people().size());
        assertEquals("吴县长", p.people().get(2).personName(), "0.0% with 2 overdue, after the two units of 清河县 by id");
    }

    @Test
    void overdueFollowsTheClock() {
        d.clock.set(LocalDate.of(2025, 1, 1));
        DutyProgress p = progress.progress(ADMIN, 2024, d.court.notary.id());
        assertEquals(List.of(List.of("公证处", true, 5L, 0L, 5L, 0L, "0.0%")),
                p.units().stream().map(DutyProgressServiceTest::row).toList());
        assertEquals(new DutyFigures(34, 8, 34 - 8 - 3, 3), progress.progress(ADMIN, 2024, null).total());
    }

    @Test
    void aYearWithoutItemsHasNothingToJudge() {
        DutyProgress p = progress.progress(ADMIN, 2023, d.court.county.id());
        assertEquals(DutyFigures.ZERO, p.total());
        assertTrue(p.people().isEmpty());
        assertEquals(3, p.units().size(), "units below are listed with nothing owed");
        assertTrue(p.units().stream().allMatch(u -> u.rate().value() == null));
    }

    @Test
    void aScopedUserSeesItsOwnSubtreeOnly() {
        Actor justice = Court.viewer(d.court.justice);
        DutyProgress p = progress.progress(justice, 2024, null);
        assertEquals(d.court.justice.id(), p.orgId());
        assertEquals(List.of("孙主任", "张局长"), p.people().stream().map(PersonProgress::personName).toList());
        assertEquals(List.of(
                List.of("公证处", false, 5L, 0L, 2L, 0L, "0.0%"),
                List.of("县司法局", true, 5L, 2L, 0L, 1L, "50.0%")),
                p.units().stream().map(DutyProgressServiceTest::row).toList());
        assertEquals(new BigDecimal("22.2"), p.total().rate().value());
        assertThrows(AccessDeniedException.class, () -> progress.progress(justice, 2024, d.court.finance.id()));
    }
}
