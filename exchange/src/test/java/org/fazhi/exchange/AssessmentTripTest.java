package org.fazhi.exchange;

import static org.fazhi.exchange.Instance.ADMIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.assessment.round.AnswerEvidence;
import org.fazhi.assessment.round.Grades;
import org.fazhi.assessment.round.Results;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundDraft;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.model.org.Org;
import org.junit.jupiter.api.Test;

/**
 * A county's 示范创建 round of the year travels with its package: the pinned system, the units' answers with the
 * review and their evidence files; the city's results equal the county's; a newer package replaces it whole.
 */
class AssessmentTripTest extends CountyAndCity {
    final Org countyAtCity = city.org("清河县人民政府", org.fazhi.model.org.OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);

    private static Indicator leaf(String code, String points) {
        return new Indicator(code, "1", "指标" + code, "按要求完成的得满分", new BigDecimal(points), List.of(), List.of(), false, null);
    }

    /** The row counts a package replaces (not the packages and the audit log, which grow). */
    private static String rows(Instance i) {
        return i.counts().replaceAll("(exchange_packages|audit_log)=\\d+ ", "");
    }

    @Test
    void theRoundWithItsAnswersEvidenceAndReviewArrivesAndANewerPackageReplacesIt() throws Exception {
        var a = county.assessment;
        IndicatorSystem system = a.systems().create(ADMIN, "清河县示范创建指标体系", 2025, countyGov.id(), List.of(
                new Indicator("1", null, "制度建设", null, null, List.of(), List.of(), false, null), leaf("1.1", "6"), leaf("1.2", "4")));
        Round round = a.rounds().open(ADMIN, new RoundDraft(2025, null, system.id(), countyGov.id(), null, LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 30), new BigDecimal("6"), new Grades(new BigDecimal("9"), new BigDecimal("8"),
                new BigDecimal("6")), new BigDecimal("50")));
        a.answers().save(ADMIN, round.id(), justice.id(), "1.1", new BigDecimal("6"), "已落实", null);
        a.answers().save(ADMIN, round.id(), justice.id(), "1.2", new BigDecimal("4"), "已落实", null);
        a.evidence().addNote(ADMIN, round.id(), justice.id(), "1.1", "情况说明", "规范性文件均经合法性审核");
        a.evidence().addFile(ADMIN, round.id(), justice.id(), "1.2", "决策记录.png", Instance.PNG, null);
        a.answers().submit(ADMIN, round.id(), justice.id(), null);
        a.review().review(ADMIN, round.id(), justice.id(), "1.2", new BigDecimal("3"), "一项决策未经合法性审查", null);
        city.trust(county, "清河县");
        city.receive(county.export(countyGov, 2025));

        Round atCity = city.assessment.rounds().list(ADMIN, 2025).get(0);
        assertEquals(round.title(), atCity.title());
        Results home = a.results().results(ADMIN, round.id());
        Results there = city.assessment.results().results(ADMIN, atCity.id());
        assertEquals(home.sentence(), there.sentence());
        assertEquals(home.units().stream().map(u -> u.orgName() + " " + u.total() + " " + u.grade() + " " + u.state()).toList(),
                there.units().stream().map(u -> u.orgName() + " " + u.total() + " " + u.grade() + " " + u.state()).toList());
        Org justiceAtCity = city.ledger.services().orgs().visible(ADMIN).stream()
                .filter(o -> o.name().equals("清河县司法局")).findFirst().orElseThrow();
        var answer = city.assessment.answers().answer(ADMIN, atCity.id(), justiceAtCity.id(), "1.2");
        assertEquals(new BigDecimal("3.0"), answer.reviewScore());
        assertEquals("一项决策未经合法性审查", answer.reason());
        List<AnswerEvidence> files = answer.evidence();
        assertArrayEquals(Instance.PNG, Files.readAllBytes(city.assessment.evidence().file(ADMIN, files.get(0).id()).path()));
        IndicatorSystem pinned = city.assessment.systems().get(ADMIN, atCity.systemId());
        assertEquals(pinned.id(), pinned.lineageId(), "a received system is its own lineage");
        assertEquals(3, pinned.indicators().size());

        // The county confirms; a newer package replaces the round, its system and answers whole: nothing left over.
        county.clock.set(2026, 1, 21);
        a.review().review(ADMIN, round.id(), justice.id(), "1.1", new BigDecimal("6"), null, null);
        a.review().confirm(ADMIN, round.id(), justice.id(), null);
        String before = rows(city);
        assertTrue(city.receive(county.export(countyGov, 2025)).replaced());
        assertEquals(before, rows(city), "replaced, not doubled");
        Round again = city.assessment.rounds().list(ADMIN, 2025).get(0);
        assertEquals(a.results().results(ADMIN, round.id()).sentence(), city.assessment.results().results(ADMIN, again.id()).sentence());
        assertTrue(city.assessment.results().results(ADMIN, again.id()).units().stream()
                .anyMatch(u -> u.state() == org.fazhi.assessment.round.UnitState.CONFIRMED), "the confirmation came along");
    }
}
