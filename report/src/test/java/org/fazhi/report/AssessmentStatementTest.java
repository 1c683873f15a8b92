package org.fazhi.report;

import static org.fazhi.report.ReportCounty.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.round.Grades;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundDraft;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.report.sentences.Statistic;
import org.fazhi.storage.testing.TempLedger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The assessing unit's annual report states its 示范创建 round: the share of units meeting the standard against
 * the year's target, compared with its round of the year before, in part 一; the units assessed do not.
 */
class AssessmentStatementTest {
    @AutoClose
    final ReportCounty c = new ReportCounty();
    final Org town = c.org("城关镇人民政府", OrgKind.TOWNSHIP, c.county);

    /** The module's services with today pinned to {@code day}. */
    private Assessment on(String day) {
        return new Assessment(c.ledger.database(), c.core.audit(), Clock.fixed(LocalDate.parse(day).atTime(10, 0)
                .atZone(TempLedger.ZONE).toInstant(), TempLedger.ZONE));
    }

    /**
     * A round of the county over 县司法局 and 城关镇 on a system worth 10 (pass 8, target 50%): each unit self-scores
     * {@code justiceScore} / {@code townScore} on leaf 1 (of 6) and full on leaf 2 (of 4); 县司法局 is confirmed, 城关镇
     * when {@code confirmTown}.
     */
    private Round round(IndicatorSystem system, int year, String justiceScore, String townScore, boolean confirmTown) {
        Assessment a = on(year + "-03-01");
        Round r = a.rounds().open(ADMIN, new RoundDraft(year, null, system.id(), c.county.id(), List.of(c.justice.id(), town.id()),
                LocalDate.of(year, 3, 31), LocalDate.of(year, 4, 30), new BigDecimal("8"),
                new Grades(new BigDecimal("9"), new BigDecimal("8"), new BigDecimal("6")), new BigDecimal("50")));
        for (Org u : List.of(c.justice, town)) {
            a.answers().save(ADMIN, r.id(), u.id(), "1", new BigDecimal(u == town ? townScore : justiceScore), "已落实", 0);
            a.answers().save(ADMIN, r.id(), u.id(), "2", new BigDecimal("4"), "已落实", 0);
            a.answers().submit(ADMIN, r.id(), u.id(), null);
        }
        Assessment review = on(year + "-04-10");
        review.review().confirm(ADMIN, r.id(), c.justice.id(), null);
        if (confirmTown) {
            review.review().confirm(ADMIN, r.id(), town.id(), null);
        }
        return r;
    }

    private IndicatorSystem system() {
        return on("2023-02-01").systems().create(ADMIN, "清河县示范创建指标体系", 2023, null, List.of(
                new Indicator("1", null, "规范性文件合法性审核", null, new BigDecimal("6"), List.of(), List.of(), false, null),
                new Indicator("2", null, "行政执法公示", null, new BigDecimal("4"), List.of(), List.of(), false, null)));
    }

    private List<Statistic> statistics(int year, Org org) {
        return c.reports.reports().read(ADMIN, year, org.id()).statistics();
    }

    @Test
    void theAssessingUnitsReportStatesItsRoundAgainstLastYearsInPartOne() {
        IndicatorSystem system = system();
        round(system, 2023, "6", "3", true);   // 10 and 7: one of two meets 8
        round(system, 2024, "6", "6", false);  // both 10; 城关镇 not confirmed yet

        AnnualReport report = c.reports.reports().read(ADMIN, 2024, c.county.id());
        Statistic s = report.statistics().stream().filter(x -> x.key().equals("assessment")).findFirst().orElseThrow();
        assertEquals("在2024年度法治政府建设示范创建考核中,纳入考核的2个单位中2个基本达到指标体系工作标准(100.0%),高于年度目标50%,"
                + "较上年提高50.0个百分点;尚有1个单位的考核结果未确认。", s.text());
        assertEquals(ReportPart.MEASURES, s.part());
        assertTrue(s.hasData());
        assertTrue(report.parts().get(0).generated().contains(s), "printed in part 一 (主要举措和成效)");

        // The first year has nothing to compare with; every unit confirmed.
        Statistic first = statistics(2023, c.county).stream().filter(x -> x.key().equals("assessment")).findFirst().orElseThrow();
        assertEquals("在2023年度法治政府建设示范创建考核中,纳入考核的2个单位中1个基本达到指标体系工作标准(50.0%),达到年度目标50%。",
                first.text());
    }

    @Test
    void aUnitAssessedByAnothersRoundAndAUnitWithoutRoundsStateNothing() {
        round(system(), 2024, "6", "6", true);
        assertFalse(statistics(2024, c.justice).stream().anyMatch(x -> x.key().equals("assessment")), "assessed, not assessing");
        assertFalse(statistics(2024, c.county2).stream().anyMatch(x -> x.key().equals("assessment")), "no round");
        assertFalse(statistics(2025, c.county).stream().anyMatch(x -> x.key().equals("assessment")), "no round in 2025");
    }

    @Test
    void aPublishedReportKeepsTheSentenceItWasPublishedWith() {
        round(system(), 2024, "6", "3", true);
        AnnualReport published = c.reports.reports().publish(ADMIN, 2024, c.county.id(), null, null);
        String text = published.statistics().stream().filter(x -> x.key().equals("assessment")).findFirst().orElseThrow().text();
        assertTrue(text.contains("纳入考核的2个单位中1个"), text);
        assertEquals(text, c.reports.reports().read(ADMIN, 2024, c.county.id()).statistics().stream()
                .filter(x -> x.key().equals("assessment")).findFirst().orElseThrow().text());
    }
}
