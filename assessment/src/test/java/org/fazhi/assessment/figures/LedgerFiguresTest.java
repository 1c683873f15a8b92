package org.fazhi.assessment.figures;

import static org.fazhi.storage.testing.ModuleLedger.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.storage.testing.ModuleLedger;
import org.junit.jupiter.api.Test;

/** The six figures of {@link FigureCounty}'s units for 2024, each counted by hand there; the tests only read. */
class LedgerFiguresTest extends ReadsFigureCounty {
    private FigureReading read(LedgerFigure f, Org org) {
        return c.figures.read(ADMIN, f, 2024, org.id());
    }

    /** numerator, denominator, the rate as shown, and what the two count. */
    private static List<Object> shown(FigureReading r) {
        return List.of(r.value().numerator(), r.value().denominator(), r.text(), r.counts());
    }

    @Test
    void theJusticeBureausFiguresAreThoseCountedByHand() {
        assertEquals(List.of(1L, 2L, "50.0%", "达标 1 项 / 适用学法规则 2 项"), shown(read(LedgerFigure.STUDY_QUOTA, c.justice)),
                "集体学法 met, 专题讲座 missed in Q4; 公证处's own lecture does not count for 司法局");
        assertEquals(List.of(2L, 3L, "66.7%", "出庭 2 件 / 已开庭 3 件(按审级)"), shown(read(LedgerFigure.COURT_APPEARANCE_RATE, c.justice)),
                "公证处's case counts for its parent");
        assertEquals(List.of(2L, 4L, "50.0%", "已完成 2 项 / 应履职 4 项(不适用 1 项不计)"),
                shown(read(LedgerFigure.DUTY_COMPLETION_RATE, c.justice)));
        assertEquals(List.of(1L, 1L, "100.0%", "已述法 1 人 / 应述法主要负责人 1 人"),
                shown(read(LedgerFigure.LAW_REPORT_COVERAGE, c.justice)), "the deputy's report is not counted");
        assertEquals(List.of(2L, 3L, "66.7%", "通过 2 人 / 参加测试 3 人"), shown(read(LedgerFigure.TEST_PASS_RATE, c.justice)),
                "甲 and 丙 passed; 乙 failed twice and counts once");
        assertEquals(List.of(1L, 3L, "33.3%", "按期销号 1 项 / 到期 3 项"), shown(read(LedgerFigure.RECTIFICATION_CLOSED_ON_TIME, c.justice)),
                "丁 falls due in 2025");
    }

    @Test
    void anotherUnitAndTheFiguresThatDoNotApplyToIt() {
        assertEquals(List.of(0L, 2L, "0.0%", "达标 0 项 / 适用学法规则 2 项"), shown(read(LedgerFigure.STUDY_QUOTA, c.finance)));
        assertEquals(List.of(0L, 0L, "不涉及", "出庭 0 件 / 已开庭 0 件(按审级)"), shown(read(LedgerFigure.COURT_APPEARANCE_RATE, c.finance)));
        assertEquals(List.of(0L, 5L, "0.0%", "已完成 0 项 / 应履职 5 项"), shown(read(LedgerFigure.DUTY_COMPLETION_RATE, c.finance)));
        assertEquals(List.of(0L, 1L, "0.0%", "已述法 0 人 / 应述法主要负责人 1 人"), shown(read(LedgerFigure.LAW_REPORT_COVERAGE, c.finance)));
        assertEquals(List.of(1L, 1L, "100.0%", "通过 1 人 / 参加测试 1 人"), shown(read(LedgerFigure.TEST_PASS_RATE, c.finance)));
        assertEquals(List.of(0L, 0L, "不涉及", "按期销号 0 项 / 到期 0 项"), shown(read(LedgerFigure.RECTIFICATION_CLOSED_ON_TIME, c.finance)));

        FigureReading notary = read(LedgerFigure.STUDY_QUOTA, c.notary);
        assertTrue(notary.notApplicable(), "no 学法 rule applies to a UNIT");
        assertEquals("不涉及", notary.text());
        assertEquals(1, notary.total(), "its lecture is still listed");
        assertEquals(List.of(0L, 1L, "0.0%"), shown(read(LedgerFigure.STUDY_QUOTA, c.county)).subList(0, 3),
                "the county government's own rule, no 常务会议学法 held");
        assertEquals(Optional.empty(), read(LedgerFigure.COURT_APPEARANCE_RATE, c.finance).suggest(ScoringRule.PROPORTIONAL, BigDecimal.TEN),
                "不涉及 suggests nothing");
        Map<LedgerFigure, FigureReading> other = c.figures.readAll(ADMIN, 2024, c.county2.id());
        assertTrue(other.values().stream().filter(r -> r.figure() != LedgerFigure.STUDY_QUOTA).allMatch(FigureReading::notApplicable),
                "a county with nothing recorded");
        assertEquals("0.0%", other.get(LedgerFigure.STUDY_QUOTA).text(), "the shipped 常务会议学法 rule applies to it still");
        Map<LedgerFigure, FigureReading> before = c.figures.readAll(ADMIN, 2022, c.justice.id());
        assertTrue(before.values().stream().filter(r -> r.figure() != LedgerFigure.STUDY_QUOTA
                && r.figure() != LedgerFigure.LAW_REPORT_COVERAGE).allMatch(FigureReading::notApplicable), "nothing in 2022");
        assertEquals("0.0%", before.get(LedgerFigure.LAW_REPORT_COVERAGE).text(), "张局长 owed a 述法 then too");
    }

    @Test
    void theCurrentYearsQuotaIsJudgedOnPace() {
        // 2025-03-20: no quarter has ended, so nothing is due yet and no rule is behind.
        FigureReading now = c.figures.read(ADMIN, LedgerFigure.STUDY_QUOTA, 2025, c.justice.id());
        assertEquals(List.of(2L, 2L, "100.0%", "达标 2 项 / 适用学法规则 2 项(按已结束季度的进度)"), shown(now));
        assertEquals(0, now.total());
    }

    @Test
    void eachFigureIsTheLedgersOwn() {
        assertEquals(c.duty.appearance().rates(ADMIN, 2024, c.justice.id()).total().rate(),
                read(LedgerFigure.COURT_APPEARANCE_RATE, c.justice).value());
        assertEquals(c.duty.duties().progress().progress(ADMIN, 2024, c.justice.id()).total().rate(),
                read(LedgerFigure.DUTY_COMPLETION_RATE, c.justice).value());
        assertEquals(c.duty.lawReports().summary(ADMIN, 2024, c.justice.id()).rate(),
                read(LedgerFigure.LAW_REPORT_COVERAGE, c.justice).value().value());
        assertEquals(c.training.exams().stats(ADMIN, 2024, c.justice.id()).passRate(),
                read(LedgerFigure.TEST_PASS_RATE, c.justice).value().value());
        assertEquals(c.duty.rectifications().onTime(ADMIN, 2024, c.justice.id()),
                read(LedgerFigure.RECTIFICATION_CLOSED_ON_TIME, c.justice).value());
    }

    @Test
    void aReadingNamesTheRecordsBehindItAndTheListTheyAreOn() {
        FigureReading study = read(LedgerFigure.STUDY_QUOTA, c.justice);
        assertEquals(new LedgerList(RecordKind.STUDY_SESSION, c.justice.id(), 2024, true), study.list());
        assertEquals(5, study.total(), "司法局's own 2024 sessions: not 公证处's, not 2023's");
        assertEquals(5, study.records().size());
        assertTrue(study.records().stream().allMatch(r -> r.kind() == RecordKind.STUDY_SESSION && r.date().getYear() == 2024));

        FigureReading court = read(LedgerFigure.COURT_APPEARANCE_RATE, c.justice);
        assertEquals(new LedgerList(RecordKind.COURT_CASE, c.justice.id(), 2024, false), court.list());
        assertEquals(List.of(c.case1.id(), c.case2.id(), c.case3.id()),
                court.records().stream().map(RecordRef::id).sorted().toList());
        assertTrue(court.records().stream().anyMatch(r -> r.title().equals("(2024)皖0101行初2号 一审 行政确认")));

        FigureReading exam = read(LedgerFigure.TEST_PASS_RATE, c.justice);
        assertEquals(List.of(new RecordRef(RecordKind.EXAM_BATCH, c.b2.id(), c.b2.date(), "2024年补考(试卷A)"),
                new RecordRef(RecordKind.EXAM_BATCH, c.b1.id(), c.b1.date(), "2024年第一批任前测试(试卷A)")), exam.records(),
                "batches organised by the county in which 司法局's candidates sat");
        assertEquals(5, read(LedgerFigure.DUTY_COMPLETION_RATE, c.justice).total(), "张局长's five items");
        assertEquals(java.util.Set.of("张局长 2024年度述法", "李副局长 2024年度述法"), read(LedgerFigure.LAW_REPORT_COVERAGE, c.justice)
                .records().stream().map(RecordRef::title).collect(java.util.stream.Collectors.toSet()), "every report is listed");
        FigureReading rect = read(LedgerFigure.RECTIFICATION_CLOSED_ON_TIME, c.justice);
        assertEquals(4, rect.total(), "the list's year: found or due in 2024");
        assertEquals(RecordKind.RECTIFICATION, rect.list().kind());
    }

    @Test
    void readAllReadsTheSixAsReadDoes() {
        Map<LedgerFigure, FigureReading> all = c.figures.readAll(ADMIN, 2024, c.justice.id());
        assertEquals(List.of(LedgerFigure.values()), List.copyOf(all.keySet()));
        for (LedgerFigure f : LedgerFigure.values()) {
            assertEquals(read(f, c.justice), all.get(f), f.name());
        }
    }

    @Test
    void suggestionsFollowTheRule() {
        FigureReading court = read(LedgerFigure.COURT_APPEARANCE_RATE, c.justice);
        assertEquals(Optional.of(new BigDecimal("6.7")), court.suggest(ScoringRule.PROPORTIONAL, BigDecimal.TEN), "10 × 66.7%");
        assertEquals(Optional.of(new BigDecimal("7.4")), court.suggest(ScoringRule.parse("达到90%得满分"), BigDecimal.TEN),
                "10 × 66.7 ÷ 90 = 7.41");
        assertEquals(Optional.of(new BigDecimal("10.0")), court.suggest(ScoringRule.parse("达到60%得满分"), BigDecimal.TEN));
        FigureReading reports = read(LedgerFigure.LAW_REPORT_COVERAGE, c.justice);
        assertEquals(Optional.of(new BigDecimal("4.0")), reports.suggest(ScoringRule.PROPORTIONAL, new BigDecimal("4")));
    }

    @Test
    void aUnitUserReadsItsOwnFiguresAndNoOtherUnits() {
        Actor justiceUser = ModuleLedger.organiser(c.justice);
        Actor financeUser = ModuleLedger.organiser(c.finance);
        for (LedgerFigure f : LedgerFigure.values()) {
            assertEquals(read(f, c.justice), c.figures.read(justiceUser, f, 2024, c.justice.id()), f.name());
            assertEquals(read(f, c.justice), c.figures.read(ModuleLedger.viewer(c.county), f, 2024, c.justice.id()), f.name());
            assertThrows(AccessDeniedException.class, () -> c.figures.read(financeUser, f, 2024, c.justice.id()), f.name());
            assertThrows(AccessDeniedException.class, () -> c.figures.read(justiceUser, f, 2024, c.county.id()), f.name());
            assertThrows(NotFoundException.class, () -> c.figures.read(ADMIN, f, 2024, 99_999L), f.name());
        }
        assertThrows(AccessDeniedException.class, () -> c.figures.readAll(financeUser, 2024, c.justice.id()));
        assertEquals("year", assertThrows(ValidationException.class, () -> c.figures.readAll(ADMIN, 1999, c.justice.id())).field());
        assertFalse(c.figures.read(justiceUser, LedgerFigure.TEST_PASS_RATE, 2024, c.notary.id()).notApplicable(), "公证处 is in 司法局's scope");
    }
}
