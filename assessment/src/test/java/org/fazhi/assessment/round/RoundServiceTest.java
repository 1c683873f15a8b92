package org.fazhi.assessment.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.assessment.Assessing;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class RoundServiceTest {
    @AutoClose
    private final Assessing a = new Assessing();
    private final RoundService rounds = a.assessment.rounds();

    @Test
    void aRoundCoversTheUnitsBelowAndPinsItsSystemVersion() {
        Round round = a.smallRound();
        assertEquals("2026年度法治政府建设示范创建考核", round.title());
        assertEquals(a.county.id(), round.orgId());
        assertEquals(List.of(a.justice.id(), a.notary.id(), a.finance.id(), a.town.id()),
                round.units().stream().map(RoundUnit::orgId).toList());
        assertTrue(round.units().stream().allMatch(u -> u.state() == UnitState.OPEN));
        assertEquals(new BigDecimal("50.0"), round.target());
        assertEquals(Grade.GOOD, round.grades().grade(new BigDecimal("15")));
        assertEquals(Grade.FAILED, round.grades().grade(new BigDecimal("11.9")));

        IndicatorSystem used = a.assessment.systems().get(Assessing.ADMIN, round.systemId());
        assertTrue(used.used());
        List<Indicator> edited = new java.util.ArrayList<>(used.indicators());
        edited.set(0, Assessing.parent("1", null, "制度建设"));
        edited.set(1, Assessing.leaf("1.1", "1", "规范性文件合法性审核", "8"));
        IndicatorSystem next = a.assessment.systems().update(Assessing.ADMIN, used.id(), used.title(), 2027, edited,
                used.version());
        assertEquals(used.lineageId(), next.lineageId());
        assertEquals(2, next.number());
        assertEquals(used.id(), next.basedOn());
        assertFalse(next.used());
        assertEquals(new BigDecimal("20.0"), a.assessment.systems().get(Assessing.ADMIN, used.id()).total(),
                "the round's version is left as it was");
        assertEquals(used.id(), rounds.get(Assessing.ADMIN, round.id()).systemId());
        assertTrue(a.audit(RoundService.ENTITY, round.id()).get(0).summary().startsWith("开启考核“2026年度法治政府建设示范创建考核”(清河县人民政府"));
    }

    @Test
    void unitsAreCheckedAgainstTheAssessingUnitAndTheSystem() {
        IndicatorSystem townsOnly = a.assessment.systems().create(Assessing.ADMIN, "乡镇体系", 2026, null, List.of(
                new Indicator("1", null, "乡镇法治建设", null, new BigDecimal("20"), List.of(), List.of(OrgKind.TOWNSHIP), false,
                        null)));
        Round towns = rounds.open(Assessing.ADMIN, Assessing.draft(townsOnly, a.county.id(), null));
        assertEquals(List.of(a.town.id()), towns.units().stream().map(RoundUnit::orgId).toList());
        ValidationException noLeaf = assertThrows(ValidationException.class,
                () -> rounds.open(Assessing.ADMIN, Assessing.draft(townsOnly, a.county.id(), List.of(a.justice.id()))));
        assertEquals("unitIds", noLeaf.field());
        assertEquals("指标体系中没有适用于单位“县司法局”(政府工作部门)的指标", noLeaf.getMessage());
        ValidationException elsewhere = assertThrows(ValidationException.class,
                () -> rounds.open(Assessing.ADMIN, Assessing.draft(townsOnly, a.county.id(), List.of(a.education2.id()))));
        assertEquals("单位“县教育局”不在考核单位“清河县人民政府”之下,不能参加本轮考核", elsewhere.getMessage());
        assertThrows(ValidationException.class,
                () -> rounds.open(Assessing.ADMIN, Assessing.draft(townsOnly, a.county.id(), List.of(a.county.id()))));
        assertEquals(1, rounds.list(Assessing.ADMIN, null).size(), "nothing was written by the refusals");
    }

    @Test
    void badFieldsAreNamedTogether() {
        IndicatorSystem s = a.assessment.systems().create(Assessing.ADMIN, "体系", 2026, null, Assessing.small());
        RoundDraft ok = Assessing.draft(s, a.county.id(), null);
        ValidationException dates = assertThrows(ValidationException.class, () -> rounds.open(Assessing.ADMIN,
                new RoundDraft(1999, null, s.id(), a.county.id(), null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1),
                        ok.passScore(), ok.grades(), new BigDecimal("120"))));
        assertEquals(List.of("year", "reviewDeadline", "target"), dates.all().stream().map(ValidationException::field).toList());
        assertEquals("审核截止日期 2026-03-01 不能早于自评截止日期 2026-04-01", dates.all().get(1).getMessage());
        ValidationException scores = assertThrows(ValidationException.class, () -> rounds.open(Assessing.ADMIN,
                new RoundDraft(2026, null, s.id(), a.county.id(), null, ok.selfDeadline(), ok.reviewDeadline(),
                        new BigDecimal("25"), new Grades(new BigDecimal("15"), new BigDecimal("18"), new BigDecimal("12")),
                        ok.target())));
        assertEquals(List.of("passScore", "grades"), scores.all().stream().map(ValidationException::field).toList());
        assertEquals("达标分数不能超过20分,而不是25", scores.getMessage());
        assertTrue(rounds.list(Assessing.ADMIN, null).isEmpty());
    }

    @Test
    void aRoundIsSeenByTheAssessingScopeAndByEachUnitForItselfOnly() {
        Round round = a.smallRound();
        assertThrows(AccessDeniedException.class, () -> rounds.open(Assessing.organiser(a.town),
                Assessing.draft(a.assessment.systems().get(Assessing.ADMIN, round.systemId()), a.county.id(), null)));
        Round seenByTown = rounds.get(Assessing.viewer(a.town), round.id());
        assertEquals(List.of(a.town.id()), seenByTown.units().stream().map(RoundUnit::orgId).toList());
        assertEquals("上级考核单位", seenByTown.orgName(), "a unit reads no name above its scope");
        assertEquals(round.orgName(), rounds.get(Assessing.viewer(a.county), round.id()).orgName());
        assertEquals(2, rounds.get(Assessing.viewer(a.justice), round.id()).units().size(), "司法局 and 公证处 below it");
        assertEquals(4, rounds.get(Assessing.viewer(a.county), round.id()).units().size());
        assertThrows(AccessDeniedException.class, () -> rounds.get(Assessing.viewer(a.county2), round.id()));
        assertTrue(rounds.list(Assessing.viewer(a.county2), null).isEmpty());
        assertEquals(1, rounds.list(Assessing.viewer(a.notary), 2026).size());
        assertTrue(rounds.list(Assessing.viewer(a.notary), 2025).isEmpty());
    }
}
