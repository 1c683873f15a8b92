package org.fazhi.report.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.fazhi.duty.court.Denominator;
import org.fazhi.duty.court.RateFigures;
import org.fazhi.duty.duties.DutyFigures;
import org.fazhi.duty.lawreport.LawReportSummary;
import org.fazhi.duty.lawreport.ReportRating;
import org.fazhi.duty.lawreport.ReportWay;
import org.fazhi.duty.rectify.RectificationSummary;
import org.fazhi.report.ReportPart;
import org.fazhi.report.figures.DutyYear;
import org.fazhi.report.figures.YearFigures;
import org.fazhi.training.exam.ExamStats;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.YearTally;
import org.junit.jupiter.api.Test;

/** The statistics sentences from hand-made figures, without a server. */
class SentencesTest {
    private static final int Y = 2025;

    // ---- 学法 ----

    @Test
    void studyListsTheKindsHeldInTheirOrderWithTheTotalAndAttendance() {
        YearTally now = new YearTally(Map.of(StudyKind.WRITTEN, 1L, StudyKind.EXEC_MEETING, 4L,
                StudyKind.COLLECTIVE, 12L, StudyKind.LECTURE, 0L), 320, 301);
        YearTally last = new YearTally(Map.of(StudyKind.EXEC_MEETING, 15L), 200, 185);
        Statistic s = StudySentence.of(Y, now, last);
        assertEquals("全年开展政府常务会议会前学法4次,领导班子集体学法12次,书面学法1次,共17次,较上年增加2次;"
                + "参学率94.1%(应到320人次,实到301人次),较上年提高1.6个百分点。", s.text());
        assertEquals(ReportPart.MEASURES, s.part());
        assertTrue(s.hasData());
    }

    @Test
    void studyWithoutLastYearHasNoComparisonAndOneKindNoTotal() {
        Statistic s = StudySentence.of(Y, new YearTally(Map.of(StudyKind.WRITTEN, 3L), 30, 30), YearTally.NONE);
        assertEquals("全年开展书面学法3次;参学率100.0%(应到30人次,实到30人次)。", s.text());
        assertEquals("全年开展书面学法3次,与上年持平;参学率100.0%(应到30人次,实到30人次),与上年持平。",
                StudySentence.of(Y, new YearTally(Map.of(StudyKind.WRITTEN, 3L), 30, 30),
                        new YearTally(Map.of(StudyKind.LECTURE, 3L), 10, 10)).text());
    }

    @Test
    void aYearWithoutStudySaysSoInsteadOfPrintingZeros() {
        Statistic s = StudySentence.of(Y, YearTally.NONE, new YearTally(Map.of(StudyKind.WRITTEN, 3L), 30, 30));
        assertEquals("台账中没有2025年度的学法记录。", s.text());
        assertFalse(s.hasData());
    }

    // ---- 任前考法 ----

    @Test
    void testsSayBatchesPeopleAndRates() {
        ExamStats now = ExamStats.of(Y, 6, 73, 76, 73, 66, 71, 2, new BigDecimal("85.2"));
        ExamStats last = ExamStats.of(Y - 1, 5, 68, 70, 68, 60, 64, 0, new BigDecimal("84.0"));
        assertEquals("组织领导干部任前法律知识测试,全年测试6批次73人,较上年增加5人,一次通过率90.4%,最终通过率97.3%,"
                + "较上年提高3.2个百分点,平均成绩85.2分,缺考2人次。", ExamSentence.of(Y, now, last).text());
        assertEquals("组织领导干部任前法律知识测试,全年测试1批次2人,一次通过率50.0%,最终通过率50.0%,平均成绩80分。",
                ExamSentence.of(Y, ExamStats.of(Y, 1, 2, 2, 2, 1, 1, 0, new BigDecimal("80.0")),
                        ExamStats.of(Y - 1, 0, 0, 0, 0, 0, 0, 0, null)).text());
        Statistic none = ExamSentence.of(Y, ExamStats.of(Y, 0, 0, 0, 0, 0, 0, 0, null), null);
        assertEquals("台账中没有2025年度的任前法律知识测试记录。", none.text());
        assertFalse(none.hasData());
    }

    // ---- 出庭应诉 ----

    @Test
    void courtAppearanceInHefeisWords() {
        RateFigures now = new RateFigures(1095, 728, 120, 600, 96, 800, 3);
        RateFigures last = new RateFigures(1000, 633, 90, 500, 80, 700, 5);
        Statistic s = CourtSentence.of(Y, Denominator.HEARD, now, last);
        assertEquals("全年已开庭行政诉讼案件1095件,实际出庭728件,出庭率66.5%,较上年提高3.2个百分点;"
                + "其中行政机关正职出庭120件,正职出庭率11.0%;已审结800件,败诉96件,败诉率12.0%。", s.text());
        assertTrue(s.text().contains("已开庭行政诉讼案件1095件,实际出庭728件,出庭率66.5%"), "728/1095 = 66.48… → 66.5%");
    }

    @Test
    void courtWithoutConcludedCasesLeavesTheLossRateOutAndFollowsTheDenominator() {
        RateFigures now = new RateFigures(4, 3, 1, 3, 0, 0, 1);
        assertEquals("全年已开庭行政诉讼案件4件,实际出庭3件,出庭率75.0%;其中行政机关正职出庭1件,正职出庭率25.0%。",
                CourtSentence.of(Y, Denominator.HEARD, now, RateFigures.ZERO).text());
        assertEquals("全年行政诉讼案件开庭4次,负责人出庭3次,出庭率75.0%,较上年下降25.0个百分点;"
                + "其中行政机关正职出庭1次,正职出庭率25.0%。",
                CourtSentence.of(Y, Denominator.HEARINGS, now, new RateFigures(2, 2, 0, 0, 0, 0, 0)).text());
        Statistic none = CourtSentence.of(Y, Denominator.HEARD, RateFigures.ZERO, now);
        assertEquals("台账中没有2025年度已开庭的行政诉讼案件。", none.text());
        assertFalse(none.hasData());
    }

    // ---- 第一责任人 ----

    @Test
    void dutyCompletionLeavesNotApplicableItemsOutOfTheCount() {
        DutyYear now = new DutyYear(3, new DutyFigures(21, 15, 4, 1));
        DutyYear last = new DutyYear(3, new DutyFigures(21, 14, 7, 0));
        Statistic s = DutySentence.of(Y, now, last);
        assertEquals("2025年度,3名党政主要负责人的20项第一责任人职责已完成15项,完成率75.0%,较上年提高8.3个百分点;"
                + "另有1项经说明不适用;逾期未完成4项。", s.text());
        assertEquals(ReportPart.DUTIES, s.part());
        assertEquals("2025年度,1名党政主要负责人的7项第一责任人职责已完成7项,完成率100.0%。",
                DutySentence.of(Y, new DutyYear(1, new DutyFigures(7, 7, 0, 0)), DutyYear.NONE).text());
        assertEquals("台账中没有2025年度的第一责任人职责事项。", DutySentence.of(Y, DutyYear.NONE, now).text());
    }

    // ---- 述法 ----

    @Test
    void lawReportsByLeadersWaysAndRatings() {
        LawReportSummary now = LawReportSummary.of(Y, null, 12, 10, 14,
                Map.of(ReportWay.WRITTEN, 6L, ReportWay.MEETING, 8L),
                Map.of(ReportRating.EXCELLENT, 5L, ReportRating.GOOD, 7L), 2);
        LawReportSummary last = LawReportSummary.of(Y - 1, null, 12, 9, 9, Map.of(ReportWay.WRITTEN, 9L), Map.of(), 9);
        Statistic s = LawReportSentence.of(Y, now, last);
        assertEquals("2025年度党政主要负责人应述法12人,已述法10人,述法率83.3%,较上年提高8.3个百分点;"
                + "全年述法共14人次,其中书面述法6人次,述职会述法8人次;评议为优秀5人次,良好7人次,尚未评议2人次。", s.text());
        assertEquals(ReportPart.DUTIES, s.part());
        LawReportSummary none = LawReportSummary.of(Y, null, 12, 0, 0, Map.of(), Map.of(), 0);
        assertEquals("台账中没有2025年度的述法记录。", LawReportSentence.of(Y, none, now).text());
    }

    // ---- 整改 ----

    @Test
    void rectificationsFoundClosedAndOverdue() {
        RectificationSummary now = RectificationSummary.of(Y, null, 12, 9, 2, 7);
        RectificationSummary last = RectificationSummary.of(Y - 1, null, 15, 15, 0, 15);
        assertEquals("2025年度督察发现问题12个,较上年减少3个,已销号9个(75.0%),其中按期销号7个;"
                + "逾期未销号2个,其余1个在整改期限内。", RectificationSentence.of(Y, now, last).text());
        assertEquals("2025年度督察发现问题4个,已销号0个(0.0%);尚未销号4个,均在整改期限内。",
                RectificationSentence.of(Y, RectificationSummary.of(Y, null, 4, 0, 0, 0), null).text());
        assertEquals("2025年度督察发现问题3个,已销号1个(33.3%),其中按期销号0个;逾期未销号2个。",
                RectificationSentence.of(Y, RectificationSummary.of(Y, null, 3, 1, 2, 0), null).text());
        assertEquals("台账中没有2025年度的督察整改事项。",
                RectificationSentence.of(Y, RectificationSummary.of(Y, null, 0, 0, 0, 0), now).text());
    }

    @Test
    void theStatisticsGoToPartsOneAndThreeInOrder() {
        var list = Statistics.of(YearFigures.empty(Y), YearFigures.empty(Y - 1));
        assertEquals(java.util.List.of("study", "tests", "court", "rectifications", "duties", "lawReports"),
                list.stream().map(Statistic::key).toList());
        assertEquals(java.util.List.of(ReportPart.MEASURES, ReportPart.MEASURES, ReportPart.MEASURES,
                ReportPart.MEASURES, ReportPart.DUTIES, ReportPart.DUTIES), list.stream().map(Statistic::part).toList());
        assertTrue(list.stream().noneMatch(Statistic::hasData), "an empty ledger claims nothing");
    }
}
