package org.fazhi.assessment.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.fazhi.assessment.Assessing;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.Column;
import org.fazhi.sheets.Sheet;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.SheetReader;
import org.fazhi.sheets.testing.TableText;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ResultServiceTest {
    @AutoClose
    private final Assessing a = new Assessing();
    private final Round round = a.smallRound();
    private final Actor county = Assessing.organiser(a.county);

    /** Self scores by leaf 1.1, 1.2, 2.1, 2.2 (2.1 not for 公证处). */
    private void answer(long unit, String... scores) {
        List<String> codes = List.of("1.1", "1.2", "2.1", "2.2");
        for (int i = 0; i < codes.size(); i++) {
            if (scores[i] != null) {
                a.assessment.answers().save(Assessing.ADMIN, round.id(), unit, codes.get(i), new BigDecimal(scores[i]), null, null);
            }
        }
        a.assessment.answers().submit(Assessing.ADMIN, round.id(), unit, null);
    }

    @Test
    void totalsGradesRanksAndTheShareMeetingTheStandard() throws Exception {
        answer(a.justice.id(), "6", "4", "6", "4");     // 20: 优秀
        answer(a.finance.id(), "5", "4", "4", "2");     // 15: 良好
        answer(a.town.id(), "6", "0", "6", "3");        // 15 but the veto leaf 1.2 at 0
        answer(a.notary.id(), "3", "2", null, "2");     // 7 of 14: 不合格
        a.assessment.review().review(county, round.id(), a.finance.id(), "2.2", new BigDecimal("3"), "出庭率未达90%", null);
        // finance: the reviewer's 3 counts for 2.2 → 16

        Results r = a.assessment.results().results(county, round.id());
        assertEquals(List.of("县司法局 20.0 EXCELLENT 1 true", "县财政局 16.0 GOOD 2 true", "城关镇人民政府 15.0 GOOD 3 false",
                "公证处 7.0 FAILED 4 false"), r.units().stream().map(u -> u.orgName() + " " + u.total() + " " + u.grade() + " "
                + u.rank() + " " + u.meets()).toList());
        assertTrue(r.units().get(2).vetoed());
        assertEquals(2, r.met());
        assertEquals(4, r.assessed());
        assertEquals(new BigDecimal("50.0"), r.share());
        assertTrue(r.reached());
        assertEquals("纳入考核的4个单位中2个基本达到指标体系工作标准(50.0%),达到年度目标50%", r.sentence());
        // 1.2: 4+4+0+2 of 16 = 62.5%; 2.2: 4+3+3+2 of 16 = 75%; 1.1: 20 of 24 = 83.3%; 2.1: 16 of 18 = 88.9%
        assertEquals(List.of("1.2 62.5", "2.2 75.0", "1.1 83.3", "2.1 88.9"),
                r.weakest().stream().map(w -> w.code() + " " + w.ratio()).toList());

        Results own = a.assessment.results().results(Assessing.viewer(a.town), round.id());
        assertEquals(List.of("城关镇人民政府 3"), own.units().stream().map(u -> u.orgName() + " " + u.rank()).toList(),
                "a unit sees itself, ranked among all");

        ScoreMatrix m = a.assessment.results().matrix(county, round.id());
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), m.leaves().stream().map(l -> l.code()).toList());
        assertEquals(Arrays.asList(new BigDecimal("3.0"), new BigDecimal("2.0"), null, new BigDecimal("2.0")),
                m.rows().get(3).scores());
        byte[] xlsx = TableText.xlsx(a.assessment.results().matrixTable(county, round.id()));
        Column unit = Column.required("单位");
        Column total = Column.required("总分");
        Column leaf = Column.required("2.2 负责人出庭应诉(4分)");
        Sheet sheet = new SheetReader(List.of(unit, total, leaf), 100).read(SheetFile.of(xlsx, "得分.xlsx"));
        assertEquals(List.of("县司法局 20 4", "县财政局 16 3", "城关镇人民政府 15 3", "公证处 7 2"), sheet.rows().stream()
                .map(row -> sheet.get(row, unit) + " " + sheet.get(row, total) + " " + sheet.get(row, leaf)).toList());
        assertFalse(new String(xlsx, StandardCharsets.ISO_8859_1).isEmpty());
    }

    /**
     * The units not yet confirmed are the round's, whoever reads the results: the notice they feed qualifies the
     * round's figures, so a unit's viewer, who sees only its own row, is told the same count as the organiser.
     */
    @Test
    void theUnconfirmedUnitsAreTheRoundsForEveryReader() {
        answer(a.justice.id(), "6", "4", "6", "4");
        answer(a.town.id(), "6", "4", "6", "4");
        assertEquals(4, a.assessment.results().results(county, round.id()).unconfirmed(), "none confirmed yet");
        a.assessment.review().confirm(county, round.id(), a.town.id(), null);
        Results own = a.assessment.results().results(Assessing.viewer(a.town), round.id());
        assertEquals(List.of("城关镇人民政府"), own.units().stream().map(Results.UnitResult::orgName).toList());
        assertEquals(3, own.unconfirmed(), "the town's own row is confirmed, three of the round's units are not");
        assertEquals(3, a.assessment.results().results(county, round.id()).unconfirmed());
        assertEquals(3, a.assessment.results().results(Assessing.viewer(a.finance), round.id()).unconfirmed());
    }

    @Test
    void typicalPracticesAreListedForThoseWhoSeeTheUnitAndTiesShareARank() {
        answer(a.justice.id(), "6", "4", "6", "4");
        answer(a.finance.id(), "6", "4", "6", "4");
        assertEquals(List.of("县司法局 1", "县财政局 1", "公证处 3", "城关镇人民政府 3"), a.assessment.results()
                .results(county, round.id()).units().stream().map(u -> u.orgName() + " " + u.rank()).toList(),
                "ties share a rank; units that answered nothing score 0");
        a.assessment.review().markTypical(county, round.id(), a.justice.id(), "2.1", true);
        Results r = a.assessment.results().results(county, round.id());
        assertEquals(List.of("县司法局 2.1 行政执法公示"), r.typical().stream().map(t -> t.orgName() + " " + t.code() + " " + t.title())
                .toList());
        assertTrue(a.assessment.results().results(Assessing.viewer(a.town), round.id()).typical().isEmpty());
    }

    @Test
    void resultsFollowEveryChangeThoughKeptBetweenChanges() {
        answer(a.justice.id(), "6", "4", "6", "4");
        answer(a.finance.id(), "5", "4", "4", "2");
        Results before = a.assessment.results().results(county, round.id());
        assertEquals(new BigDecimal("15.0"), before.units().get(1).total());
        a.assessment.review().review(county, round.id(), a.finance.id(), "1.1", new BigDecimal("2"), "材料不全", null);
        Results after = a.assessment.results().results(county, round.id());
        assertEquals(List.of("县司法局 20.0 1", "县财政局 12.0 2"), after.units().subList(0, 2).stream()
                .map(u -> u.orgName() + " " + u.total() + " " + u.rank()).toList(), "the review counts at once");
        a.assessment.review().markTypical(county, round.id(), a.finance.id(), "1.2", true);
        assertEquals(List.of("县财政局 1.2"), a.assessment.results().results(county, round.id()).typical().stream()
                .map(t -> t.orgName() + " " + t.code()).toList());
        assertEquals(List.of("县财政局"), a.assessment.results().results(Assessing.viewer(a.finance), round.id()).units()
                .stream().map(Results.UnitResult::orgName).toList(), "each actor's view is cut from the kept standing");
    }

    @Test
    void aWindowOfTheMatrixHoldsItsUnitsInRankOrderFoundByName() {
        answer(a.justice.id(), "6", "4", "6", "4");     // 20
        answer(a.finance.id(), "5", "4", "4", "2");     // 15
        answer(a.notary.id(), "3", "2", null, "2");     // 7, 2.1 does not apply
        ScoreMatrix whole = a.assessment.results().matrix(county, round.id());
        ResultService.Window w = a.assessment.results().matrix(county, round.id(), null, 1, 2);
        assertEquals(4, w.total());
        assertEquals(whole.rows().subList(1, 3), w.matrix().rows(), "the same rows as the whole matrix's");
        assertEquals(whole.leaves(), w.matrix().leaves());
        ResultService.Window notary = a.assessment.results().matrix(county, round.id(), " 公证 ", 0, 50);
        assertEquals(1, notary.total());
        assertEquals(Arrays.asList(new BigDecimal("3.0"), new BigDecimal("2.0"), null, new BigDecimal("2.0")),
                notary.matrix().rows().get(0).scores());
        assertEquals(0, a.assessment.results().matrix(county, round.id(), null, 10, 50).matrix().rows().size(), "past the end");
        assertEquals(List.of("城关镇人民政府"), a.assessment.results().matrix(Assessing.viewer(a.town), round.id(), null, 0, 50)
                .matrix().rows().stream().map(r -> r.unit().orgName()).toList(), "a unit's window holds itself only");
    }

    @Test
    void aLeafNoLongerApplyingAfterAKindChangeCountsNowhereAndTotalsAgreeWithTheMatrix() {
        answer(a.justice.id(), "6", "4", "6", "4");     // 20, 2.1 (departments and townships only) answered 6
        answer(a.finance.id(), "5", "4", "4", "2");     // 15
        answer(a.town.id(), "6", "0", "6", "3");        // 15, the veto leaf 1.2 at 0
        a.core.orgs().update(Assessing.ADMIN, a.justice.id(), new org.fazhi.model.org.Org(a.justice.id(), a.justice.name(),
                org.fazhi.model.org.OrgKind.UNIT, a.justice.parentId(), a.justice.version(), a.justice.code()), null);
        Results r = a.assessment.results().results(county, round.id());
        assertEquals(List.of("县财政局 15.0 1 true", "城关镇人民政府 15.0 1 false", "县司法局 14.0 3 true", "公证处 0.0 4 false"),
                r.units().stream().map(u -> u.orgName() + " " + u.total() + " " + u.rank() + " " + u.meets()).toList());
        // 1.2: 4+4+0+0 of 16; 2.2: 4+2+3+0 of 16; 1.1: 6+5+6+0 of 24; 2.1, now for 县财政局 and 城关镇 only: 4+6 of 12
        assertEquals(List.of("1.2 50.0", "2.2 56.3", "1.1 70.8", "2.1 83.3"),
                r.weakest().stream().map(w -> w.code() + " " + w.ratio()).toList());
        ScoreMatrix m = a.assessment.results().matrix(county, round.id());
        for (ScoreMatrix.Row row : m.rows()) {
            assertEquals(row.unit().total(), row.scores().stream().filter(java.util.Objects::nonNull)
                    .reduce(new BigDecimal("0.0"), BigDecimal::add), row.unit().orgName() + ": the total is its cells' sum");
        }
        assertEquals(null, m.rows().get(2).scores().get(2), "县司法局's 2.1 no longer applies");
    }
}
