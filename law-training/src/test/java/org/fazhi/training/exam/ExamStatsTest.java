package org.fazhi.training.exam;

import static org.fazhi.training.County.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Page;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.Org;
import org.fazhi.training.County;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A year of 任前法律知识测试 built by hand, every figure counted by hand beside it:
 *
 * <pre>
 * B0 2023-12-20 pass 60   周一(司法局) 50 DEFERRED
 * B1 2024-03-10 pass 60   张局长(司法局, linked) 85 PASSED · 乙(司法局) 55 DEFERRED · 丙(财政局) 72.5 PASSED ·
 *                         丁(财政局) absent ABSENT · 戊(另一县教育局) 90 PASSED
 * B2 2024-06-15 pass 60   乙 retake 58 WITHDRAWN · 己(城关镇) 40 DEFERRED · 周一 retake of B0 66 PASSED_RETAKE
 * B3 2024-09-20 pass 80   己 retake 81 PASSED_RETAKE · 庚(公证处) 79.5 DEFERRED · 辛(县政府) 100 PASSED
 * B4 2024-12-31 pass 60   壬(司法局) 59.9 DEFERRED
 * B5 2025-01-05 pass 60   壬 retake 70 PASSED_RETAKE
 * B9 2021-05-01 pass 60   甲 50.3 · 乙 52.4 (for the rounding of the average)
 * </pre>
 *
 * Built once for the class; every test only reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamStatsTest {
    County c;
    ExamService tests;
    ExamBatch b0;
    ExamBatch b1;
    ExamBatch b2;
    ExamBatch b3;
    ExamBatch b4;
    ExamResult zhou;
    ExamResult yi;
    ExamResult ji;
    ExamResult geng;
    ExamResult ren;

    @BeforeAll
    void buildTheYear() {
        c = new County();
        tests = c.training.exams();
        b0 = batch("2023-12-20", Track.NON_NPC, 60);
        b1 = batch("2024-03-10", Track.NPC, 60);
        b2 = batch("2024-06-15", Track.NON_NPC, 60);
        b3 = batch("2024-09-20", Track.NPC, 80);
        b4 = batch("2024-12-31", Track.NON_NPC, 60);

        zhou = sat(b0, "周一", c.justice, 50.0, null);
        ExamResult zhang = tests.addResult(ADMIN, b1.id(), new ExamResult(null, 0, "张局长", c.zhang.id(), c.justice.id(),
                "县司法局局长", "县司法局党组书记", 85.0, false, null, null));
        yi = sat(b1, "乙", c.justice, 55.0, null);
        sat(b1, "丙", c.finance, 72.5, null);
        tests.addResult(ADMIN, b1.id(), new ExamResult(null, 0, "丁", null, c.finance.id(), null, null, null, true, null, null));
        sat(b1, "戊", c.education2, 90.0, null);
        sat(b2, "乙", c.justice, 58.0, yi);
        ji = sat(b2, "己", c.town, 40.0, null);
        sat(b2, "周一", c.justice, 66.0, zhou);
        sat(b3, "己", c.town, 81.0, ji);
        geng = sat(b3, "庚", c.notary, 79.5, null);
        sat(b3, "辛", c.county, 100.0, null);
        ren = sat(b4, "壬", c.justice, 59.9, null);
        assertEquals(Outcome.PASSED, zhang.outcome());
        // 壬 was still awaiting a retake at the end of 2024, until January brought it.
        assertEquals(List.of("庚", "壬"), tests.awaitingRetake(ADMIN, 2024, null).stream().map(ExamResult::name).toList());
        ExamBatch b5 = batch("2025-01-05", Track.NON_NPC, 60);
        sat(b5, "壬", c.justice, 70.0, ren);

        ExamBatch b9 = batch("2021-05-01", Track.NPC, 60);
        sat(b9, "甲", c.justice, 50.3, null);
        sat(b9, "乙", c.justice, 52.4, null);
    }

    @AfterAll
    void close() {
        c.close();
    }

    private ExamBatch batch(String date, Track track, int passMark) {
        return tests.createBatch(ADMIN, new ExamBatch(null, c.county.id(), LocalDate.parse(date), track, "A", 100,
                passMark, null, null, 0));
    }

    private ExamResult sat(ExamBatch b, String name, Org org, Double score, ExamResult retakeOf) {
        return tests.addResult(ADMIN, b.id(), new ExamResult(null, 0, name, null, org.id(), null, null, score, false,
                retakeOf == null ? null : retakeOf.id(), null));
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theOutcomesAreThoseCountedByHand() {
        assertEquals(List.of(Outcome.PASSED, Outcome.DEFERRED, Outcome.PASSED, Outcome.ABSENT, Outcome.PASSED),
                tests.results(ADMIN, b1.id()).stream().map(ExamResult::outcome).toList());
        assertEquals(List.of(Outcome.WITHDRAWN, Outcome.DEFERRED, Outcome.PASSED_RETAKE),
                tests.results(ADMIN, b2.id()).stream().map(ExamResult::outcome).toList());
        assertEquals(List.of(Outcome.PASSED_RETAKE, Outcome.DEFERRED, Outcome.PASSED),
                tests.results(ADMIN, b3.id()).stream().map(ExamResult::outcome).toList());
    }

    @Test
    void theWholeLedgersYear() {
        ExamStats s = tests.stats(ADMIN, 2024, null);
        assertEquals(2024, s.year());
        assertEquals(4, s.batches(), "B1–B4; B0 was in December 2023");
        assertEquals(9, s.people(), "张局长 乙 丙 戊 己 周一 庚 辛 壬: 乙 and 己 once each, 丁 never sat");
        assertEquals(11, s.sittings(), "12 results less 丁's absence");
        assertEquals(8, s.firstSittings(), "张局长 乙 丙 戊 己 庚 辛 壬");
        assertEquals(4, s.passedFirst(), "张局长 丙 戊 辛");
        assertEquals(6, s.passedFinal(), "those four, 己 on retake, 周一 on the retake of a 2023 failure");
        assertEquals(1, s.absent());
        assertEquals(d("50.0"), s.firstPassRate(), "4/8");
        assertEquals(d("66.7"), s.passRate(), "6/9 = 66.67 rounded half-up");
        assertEquals(d("71.5"), s.averageScore(), "786.9/11 = 71.536");
        assertEquals("全年测试4批次9人", s.summary());
    }

    @Test
    void aCountysSubtree() {
        ExamStats s = tests.stats(ADMIN, 2024, c.county.id());
        assertEquals(4, s.batches());
        assertEquals(8, s.people(), "戊 belongs to the other county");
        assertEquals(10, s.sittings());
        assertEquals(7, s.firstSittings());
        assertEquals(3, s.passedFirst());
        assertEquals(5, s.passedFinal());
        assertEquals(1, s.absent());
        assertEquals(d("42.9"), s.firstPassRate(), "3/7 = 42.857");
        assertEquals(d("62.5"), s.passRate(), "5/8");
        assertEquals(d("69.7"), s.averageScore(), "696.9/10 = 69.69");
        assertEquals("全年测试4批次8人", s.summary());
    }

    @Test
    void aDepartmentsSubtreeIncludesTheUnitsBelowIt() {
        // 司法局 and 公证处: 张局长 85, 乙 55 and 58, 周一 66, 庚 79.5, 壬 59.9.
        ExamStats s = tests.stats(ADMIN, 2024, c.justice.id());
        assertEquals(4, s.batches());
        assertEquals(5, s.people());
        assertEquals(6, s.sittings());
        assertEquals(4, s.firstSittings());
        assertEquals(1, s.passedFirst());
        assertEquals(2, s.passedFinal());
        assertEquals(0, s.absent());
        assertEquals(d("25.0"), s.firstPassRate());
        assertEquals(d("40.0"), s.passRate());
        assertEquals(d("67.2"), s.averageScore(), "403.4/6 = 67.23");
        assertEquals("全年测试4批次5人", s.summary());
        assertEquals(s, tests.stats(County.organiser(c.justice), 2024, null), "a scoped user gets their subtree");
        assertThrows(AccessDeniedException.class, () -> tests.stats(County.organiser(c.justice), 2024, c.county.id()));
    }

    @Test
    void theYearsOnEitherSideOfNewYear() {
        ExamStats y2023 = tests.stats(ADMIN, 2023, null);
        assertEquals(1, y2023.batches());
        assertEquals(1, y2023.people());
        assertEquals(1, y2023.sittings());
        assertEquals(0, y2023.passedFirst());
        assertEquals(0, y2023.passedFinal(), "周一 passed only in 2024");
        assertEquals(d("0.0"), y2023.passRate());
        assertEquals(d("0.0"), y2023.firstPassRate());
        assertEquals(d("50.0"), y2023.averageScore());
        assertEquals("全年测试1批次1人", y2023.summary());

        ExamStats y2025 = tests.stats(ADMIN, 2025, null);
        assertEquals(1, y2025.batches());
        assertEquals(1, y2025.people());
        assertEquals(1, y2025.sittings());
        assertEquals(0, y2025.firstSittings());
        assertEquals(1, y2025.passedFinal());
        assertEquals(d("100.0"), y2025.passRate());
        assertNull(y2025.firstPassRate(), "no first sitting: nothing to divide by");
        assertEquals(d("70.0"), y2025.averageScore());
        assertEquals("全年测试1批次1人", y2025.summary());
        assertEquals(9, tests.stats(ADMIN, 2024, null).people(), "2024 is unchanged by the 2025 retake");
    }

    @Test
    void anEmptyYearHasNoRates() {
        ExamStats s = tests.stats(ADMIN, 2022, null);
        assertEquals(0, s.batches());
        assertEquals(0, s.people());
        assertNull(s.passRate());
        assertNull(s.firstPassRate());
        assertNull(s.averageScore());
        assertEquals("全年测试0批次0人", s.summary());
        assertEquals("year", assertThrows(ValidationException.class, () -> tests.stats(ADMIN, 1999, null)).field());
    }

    @Test
    void theAverageScoreRoundsHalfUpLikeTheReports() {
        // 50.3 and 52.4 average 51.35 exactly; a floating-point average (51.3499…) would print 51.3.
        assertEquals(d("51.4"), tests.stats(ADMIN, 2021, null).averageScore());
    }

    @Test
    void awaitingRetakeListsDeferredResultsNotYetRetaken() {
        assertEquals(List.of("庚"), tests.awaitingRetake(ADMIN, 2024, null).stream().map(ExamResult::name).toList(),
                "乙 and 己 were retaken in 2024, 壬 in January 2025; 周一 failed in 2023");
        assertEquals(geng.id(), tests.awaitingRetake(ADMIN, 2024, null).get(0).id());
        assertEquals(Outcome.DEFERRED, tests.awaitingRetake(ADMIN, 2024, null).get(0).outcome());
        assertEquals(List.of(), tests.awaitingRetake(ADMIN, 2023, null), "周一's retake is recorded, in 2024");
        assertEquals(List.of("庚"), tests.awaitingRetake(ADMIN, 2024, c.justice.id()).stream()
                .map(ExamResult::name).toList(), "公证处 is under 司法局");
        assertEquals(List.of(), tests.awaitingRetake(ADMIN, 2024, c.finance.id()));
        assertThrows(AccessDeniedException.class, () -> tests.awaitingRetake(County.organiser(c.town), 2024, c.justice.id()));
    }

    @Test
    void batchesSatByAUnitAreThoseItsCandidatesSatInWhoeverOrganisedThem() {
        // Every batch is organised by the county government; 司法局's candidates (公证处's included) sat B1–B4.
        assertEquals(List.of(b4.id(), b3.id(), b2.id(), b1.id()),
                tests.batchesSatBy(ADMIN, c.justice.id(), 2024, null, new Page(10, 0)).items().stream().map(ExamBatch::id).toList());
        assertEquals(4, tests.batchesSatBy(ADMIN, c.justice.id(), 2024, null, new Page(1, 0)).total());
        assertEquals(List.of(b3.id()), tests.batchesSatBy(ADMIN, c.justice.id(), 2024, null, new Page(1, 1)).items().stream()
                .map(ExamBatch::id).toList());
        assertEquals(List.of(b1.id()), tests.batchesSatBy(ADMIN, c.finance.id(), 2024, null, Page.FIRST).items().stream()
                .map(ExamBatch::id).toList(), "丁 was absent in B1: the batch is still his unit's");
        assertEquals(List.of(b0.id()), tests.batchesSatBy(ADMIN, c.justice.id(), 2023, null, Page.FIRST).items().stream()
                .map(ExamBatch::id).toList());
        assertEquals(1, tests.batchesSatBy(ADMIN, c.finance.id(), 2024, "A", Page.FIRST).total(), "the paper is searched");
        assertEquals(0, tests.batchesSatBy(ADMIN, c.finance.id(), 2024, "无此批次", Page.FIRST).total());
        assertEquals(tests.stats(ADMIN, 2024, c.justice.id()).batches(),
                tests.batchesSatBy(ADMIN, c.justice.id(), 2024, null, Page.FIRST).total(), "the batches the stats count");
        assertThrows(AccessDeniedException.class, () -> tests.batchesSatBy(County.organiser(c.town), c.justice.id(), 2024, null, Page.FIRST));
        assertEquals("year", assertThrows(ValidationException.class, () -> tests.batchesSatBy(ADMIN, null, 1999, null, Page.FIRST)).field());

        // The county organised B1; 财政局's people sat it, 城关镇's did not.
        assertEquals(b1, tests.batchSat(County.organiser(c.finance), b1.id()));
        assertEquals(b1, tests.batchSat(ADMIN, b1.id()));
        assertThrows(AccessDeniedException.class, () -> tests.batchSat(County.organiser(c.finance), b2.id()));
        assertThrows(AccessDeniedException.class, () -> tests.batch(County.organiser(c.finance), b1.id()), "the batch ledger's own rule");
        assertThrows(org.fazhi.model.NotFoundException.class, () -> tests.batchSat(ADMIN, 99_999L));
    }
}
