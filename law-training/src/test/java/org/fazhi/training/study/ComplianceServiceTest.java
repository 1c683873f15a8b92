package org.fazhi.training.study;

import static org.fazhi.training.County.ADMIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.County;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Study-quota compliance over a real ledger, with the default rules and rules edited as data. */
class ComplianceServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 8, 15);

    @AutoClose
    final County c = new County();
    final ComplianceService compliance = c.training.compliance();
    final QuotaRuleService rules = c.training.rules();

    private void held(Org org, String date, StudyKind kind, Integer minutes) {
        c.training.sessions().create(ADMIN, new StudySession(null, org.id(), LocalDate.parse(date), kind,
                kind.shortLabel() + " " + date, List.of("宪法"), null, null, minutes, 0, 0, null, 0), null);
    }

    private List<UnitCompliance> compute(Actor actor, int year, Org org) {
        return compliance.compute(actor, year, org == null ? null : org.id(), TODAY);
    }

    private static UnitCompliance unit(List<UnitCompliance> all, Org org) {
        return all.stream().filter(u -> u.orgId() == org.id()).findFirst()
                .orElseThrow(() -> new AssertionError(org.name() + " is not in the compliance list"));
    }

    private static List<String> names(List<UnitCompliance> all) {
        return all.stream().map(UnitCompliance::orgName).toList();
    }

    private QuotaRule rule(OrgKind kind) {
        return rules.all().stream().filter(r -> r.orgKind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theDefaultRulesAreThoseOfTheApi() {
        List<QuotaRule> all = rules.all();
        assertEquals(3, all.size());
        QuotaRule county = rule(OrgKind.COUNTY_GOV);
        assertEquals(List.of(StudyKind.EXEC_MEETING), county.kinds());
        assertEquals(4, county.minimum());
        assertEquals(QuotaPeriod.YEAR, county.period());
        QuotaRule city = rule(OrgKind.CITY_GOV);
        assertEquals(List.of(StudyKind.EXEC_MEETING), city.kinds());
        assertEquals(4, city.minimum());
        QuotaRule dept = rule(OrgKind.DEPARTMENT);
        assertEquals(List.of(StudyKind.COLLECTIVE), dept.kinds());
        assertEquals(2, dept.minimum());
        assertEquals(QuotaPeriod.YEAR, dept.period());
        assertTrue(all.stream().allMatch(QuotaRule::active));
    }

    @Test
    void aPastYearIsJudgedOnTheTotalsAndUnitsBehindComeFirst() {
        for (String d : List.of("2023-02-10", "2023-05-10", "2023-09-10", "2023-12-10")) {
            held(c.county, d, StudyKind.EXEC_MEETING, 40);
        }
        held(c.county, "2023-06-01", StudyKind.LECTURE, 120); // another kind: no help for the 常务会议 rule
        held(c.justice, "2023-03-01", StudyKind.COLLECTIVE, 60);
        held(c.justice, "2023-11-01", StudyKind.COLLECTIVE, null);
        held(c.finance, "2023-04-01", StudyKind.COLLECTIVE, 60);
        held(c.finance, "2023-04-02", StudyKind.EXEC_MEETING, 60); // not the departments' kind
        held(c.town, "2023-04-01", StudyKind.COLLECTIVE, 60);

        List<UnitCompliance> all = compute(ADMIN, 2023, null);

        // Behind first (財政局, then the other county which recorded nothing), then the compliant ones;
        // 城关镇 and 公证处 have no applicable rule and are left out.
        assertEquals(List.of("县财政局", "另一县人民政府", "县教育局", "清河县人民政府", "县司法局"), names(all));

        UnitCompliance county = unit(all, c.county);
        assertTrue(county.compliant());
        assertEquals(OrgKind.COUNTY_GOV, county.orgKind());
        assertArrayEquals(new int[] {1, 2, 1, 1}, county.perQuarter(), "all the unit's sessions by quarter");
        assertEquals(1, county.rules().size());
        UnitCompliance.RuleResult r = county.rules().get(0);
        assertEquals("县政府常务会议会前学法", r.label());
        assertEquals("每年不少于4次", r.requirement());
        assertEquals(4, r.required());
        assertEquals(4, r.due());
        assertEquals(4, r.held());
        assertArrayEquals(new int[] {1, 1, 1, 1}, r.perQuarter());
        assertTrue(r.finalJudgement());

        UnitCompliance justice = unit(all, c.justice);
        assertTrue(justice.compliant());
        assertEquals(2, justice.rules().get(0).held());

        UnitCompliance finance = unit(all, c.finance);
        assertFalse(finance.compliant());
        assertEquals(1, finance.rules().get(0).held(), "its 常务会议 session does not count for 集体学法");
        assertEquals(2, finance.rules().get(0).required());

        assertFalse(unit(all, c.county2).compliant());
        assertEquals(0, unit(all, c.county2).rules().get(0).held());
    }

    @Test
    void theCurrentYearIsJudgedOnPace() {
        held(c.county, "2024-02-01", StudyKind.EXEC_MEETING, 30);
        held(c.county, "2024-05-01", StudyKind.EXEC_MEETING, 30);
        held(c.finance, "2024-07-01", StudyKind.COLLECTIVE, 30);

        List<UnitCompliance> all = compute(ADMIN, 2024, c.county);
        UnitCompliance.RuleResult county = unit(all, c.county).rules().get(0);
        assertEquals(2, county.due(), "two quarters ended by 8月15日: half of four");
        assertEquals(2, county.held());
        assertTrue(county.compliant());
        assertFalse(county.finalJudgement());

        UnitCompliance.RuleResult finance = unit(all, c.finance).rules().get(0);
        assertEquals(1, finance.due());
        assertTrue(finance.compliant(), "one 集体学法 in July keeps pace with two a year");
        assertFalse(unit(all, c.justice).compliant(), "司法局 has held none though one is due");
        assertEquals(List.of("县司法局", "清河县人民政府", "县财政局"), names(all));
    }

    @Test
    void sessionsOnEitherSideOfNewYearCountInTheirOwnYearAndQuarter() {
        held(c.county, "2023-12-31", StudyKind.EXEC_MEETING, 30);
        held(c.county, "2024-01-01", StudyKind.EXEC_MEETING, 30);
        held(c.county, "2024-03-31", StudyKind.EXEC_MEETING, 30);
        held(c.county, "2024-04-01", StudyKind.EXEC_MEETING, 30);
        held(c.county, "2024-12-31", StudyKind.EXEC_MEETING, 30);
        held(c.county, "2025-01-01", StudyKind.EXEC_MEETING, 30);

        UnitCompliance.RuleResult y2023 = unit(compute(ADMIN, 2023, c.county), c.county).rules().get(0);
        assertArrayEquals(new int[] {0, 0, 0, 1}, y2023.perQuarter());
        assertEquals(1, y2023.held());
        assertFalse(y2023.compliant());

        UnitCompliance.RuleResult y2024 = unit(compute(ADMIN, 2024, c.county), c.county).rules().get(0);
        assertArrayEquals(new int[] {2, 1, 0, 1}, y2024.perQuarter());
        assertEquals(4, y2024.held());

        UnitCompliance.RuleResult y2025 = unit(compute(ADMIN, 2025, c.county), c.county).rules().get(0);
        assertArrayEquals(new int[] {1, 0, 0, 0}, y2025.perQuarter());
        assertEquals(0, y2025.due(), "a future year has nothing due yet");
        assertTrue(y2025.compliant());
    }

    @Test
    void aRuleWithAMinimumDurationCountsOnlySessionsThatLong() {
        // Jiangxi-style: 每季度不少于1次,每次不少于30分钟, here for townships.
        rules.create(ADMIN, new QuotaRule(null, "乡镇会前学法", List.of(StudyKind.PARTY_GROUP, StudyKind.COLLECTIVE),
                OrgKind.TOWNSHIP, 1, QuotaPeriod.QUARTER, 30, true, 0));
        held(c.town, "2023-01-20", StudyKind.PARTY_GROUP, 30);   // counts: exactly 30
        held(c.town, "2023-05-20", StudyKind.COLLECTIVE, 29);    // too short
        held(c.town, "2023-06-20", StudyKind.LECTURE, 90);       // not a kind of the rule
        held(c.town, "2023-08-20", StudyKind.COLLECTIVE, null);  // length unknown: cannot prove 30 minutes
        held(c.town, "2023-11-20", StudyKind.COLLECTIVE, 90);    // counts

        UnitCompliance town = unit(compute(ADMIN, 2023, c.town), c.town);
        UnitCompliance.RuleResult r = town.rules().get(0);
        assertEquals("每季度不少于1次,每次不少于30分钟", r.requirement());
        assertArrayEquals(new int[] {1, 0, 0, 1}, r.perQuarter());
        assertEquals(2, r.held());
        assertEquals(4, r.required());
        assertFalse(town.compliant());
        assertArrayEquals(new int[] {1, 2, 1, 1}, town.perQuarter(), "the unit's own count ignores the duration");

        held(c.town, "2023-04-20", StudyKind.PARTY_GROUP, 45);
        held(c.town, "2023-09-30", StudyKind.COLLECTIVE, 30);
        UnitCompliance after = unit(compute(ADMIN, 2023, c.town), c.town);
        assertArrayEquals(new int[] {1, 1, 1, 1}, after.rules().get(0).perQuarter());
        assertTrue(after.compliant());
    }

    @Test
    void twoRulesWithDifferentDurationsAreCountedApart() {
        rules.create(ADMIN, new QuotaRule(null, "部门集体学法(每次一小时)", List.of(StudyKind.COLLECTIVE),
                OrgKind.DEPARTMENT, 2, QuotaPeriod.YEAR, 60, true, 0));
        held(c.justice, "2023-03-01", StudyKind.COLLECTIVE, 30);
        held(c.justice, "2023-09-01", StudyKind.COLLECTIVE, 60);

        UnitCompliance justice = unit(compute(ADMIN, 2023, c.justice), c.justice);
        assertEquals(2, justice.rules().size());
        assertEquals(List.of(2, 1), justice.rules().stream().map(UnitCompliance.RuleResult::held).toList());
        assertFalse(justice.compliant(), "one rule behind makes the unit behind");
    }

    @Test
    void anOrgFilterRestrictsToItsSubtree() {
        assertEquals(List.of("县司法局"), names(compute(ADMIN, 2023, c.justice)));
        assertEquals(List.of("另一县人民政府", "县教育局"), names(compute(ADMIN, 2023, c.county2)));
        assertEquals(List.of(), names(compute(ADMIN, 2023, c.town)), "a township has no default rule");
        assertEquals(5, compute(ADMIN, 2023, null).size());
        assertThrows(NotFoundException.class, () -> compliance.compute(ADMIN, 2023, 9999L, TODAY));
        assertEquals("year", assertThrows(ValidationException.class, () -> compliance.compute(ADMIN, 1999, null, TODAY)).field());
    }

    @Test
    void aScopedUserSeesOnlyTheirSubtreeAndCannotAskForAnother() {
        Actor justiceOrganiser = County.organiser(c.justice);
        assertEquals(List.of("县司法局"), names(compute(justiceOrganiser, 2023, null)));
        assertThrows(AccessDeniedException.class, () -> compute(justiceOrganiser, 2023, c.county));
        assertThrows(AccessDeniedException.class, () -> compute(justiceOrganiser, 2023, c.finance));
        assertEquals(List.of("另一县人民政府", "县教育局"), names(compute(County.viewer(c.county2), 2023, null)));
        assertThrows(AccessDeniedException.class, () -> compute(County.viewer(c.county2), 2023, c.justice));
    }

    @Test
    void anInactiveRuleIsIgnored() {
        QuotaRule dept = rule(OrgKind.DEPARTMENT);
        rules.update(ADMIN, dept.id(), new QuotaRule(null, dept.label(), dept.kinds(), dept.orgKind(), dept.minimum(),
                dept.period(), dept.minMinutes(), false, 0), dept.version());
        assertEquals(2, rules.active().size());
        assertEquals(3, rules.all().size(), "kept, only switched off");
        assertEquals(List.of("清河县人民政府", "另一县人民政府"), names(compute(ADMIN, 2023, null)),
                "departments have no active rule any more");
    }

    @Test
    void editingARuleChangesTheJudgement() {
        for (String d : List.of("2023-02-10", "2023-05-10", "2023-09-10")) {
            held(c.county, d, StudyKind.EXEC_MEETING, 25);
        }
        assertFalse(unit(compute(ADMIN, 2023, c.county), c.county).compliant(), "3 of 4");

        QuotaRule r = rule(OrgKind.COUNTY_GOV);
        QuotaRule three = rules.update(ADMIN, r.id(), new QuotaRule(null, r.label(), r.kinds(), r.orgKind(), 3,
                QuotaPeriod.YEAR, null, true, 0), r.version());
        assertEquals(r.version() + 1, three.version());
        assertTrue(unit(compute(ADMIN, 2023, c.county), c.county).compliant(), "3 of 3");

        rules.update(ADMIN, r.id(), new QuotaRule(null, r.label(), r.kinds(), r.orgKind(), 3, QuotaPeriod.YEAR, 30,
                true, 0), three.version());
        UnitCompliance.RuleResult longer = unit(compute(ADMIN, 2023, c.county), c.county).rules().get(0);
        assertEquals(0, longer.held(), "none of the 25-minute sessions lasted 30 minutes");

        rules.update(ADMIN, r.id(), new QuotaRule(null, "县政府学法", List.of(StudyKind.EXEC_MEETING, StudyKind.LECTURE),
                r.orgKind(), 1, QuotaPeriod.QUARTER, null, true, 0), null);
        held(c.county, "2023-11-10", StudyKind.LECTURE, 60);
        UnitCompliance.RuleResult quarterly = unit(compute(ADMIN, 2023, c.county), c.county).rules().get(0);
        assertEquals("县政府学法", quarterly.label());
        assertEquals(QuotaPeriod.QUARTER, quarterly.period());
        assertArrayEquals(new int[] {1, 1, 1, 1}, quarterly.perQuarter());
        assertTrue(quarterly.compliant());
    }

    @Test
    void aDeletedRuleNoLongerJudgesAnyone() {
        rules.delete(ADMIN, rule(OrgKind.COUNTY_GOV).id());
        assertEquals(java.util.Set.of("县司法局", "县财政局", "县教育局"),
                java.util.Set.copyOf(names(compute(ADMIN, 2023, null))), "only the departments' rule is left");
        assertThrows(NotFoundException.class, () -> rules.get(rule(OrgKind.DEPARTMENT).id() + 100));
    }

    @Test
    void onlyAdminsEditRulesAndStaleEditsAreRefused() {
        QuotaRule r = rule(OrgKind.DEPARTMENT);
        QuotaRule draft = new QuotaRule(null, "部门集体学法", List.of(StudyKind.COLLECTIVE), OrgKind.DEPARTMENT, 3,
                QuotaPeriod.YEAR, null, true, 0);
        assertThrows(AccessDeniedException.class, () -> rules.create(County.organiser(null), draft));
        assertThrows(AccessDeniedException.class, () -> rules.update(County.organiser(null), r.id(), draft, null));
        assertThrows(AccessDeniedException.class, () -> rules.delete(County.viewer(null), r.id()));
        assertEquals(2, rules.get(r.id()).minimum(), "nothing changed");

        rules.update(ADMIN, r.id(), draft, r.version());
        ConflictException stale = assertThrows(ConflictException.class, () -> rules.update(ADMIN, r.id(), draft, r.version()));
        assertEquals("version", stale.field());
        assertEquals(3, rules.get(r.id()).minimum());
        assertEquals(List.of("UPDATE"), c.audit("quota-rule", r.id()).stream().map(a -> a.action()).toList());

        QuotaRule created = rules.create(ADMIN, new QuotaRule(null, "开发区学法", List.of(StudyKind.LECTURE),
                OrgKind.DEV_ZONE, 1, QuotaPeriod.YEAR, null, true, 0));
        assertEquals(created, rules.get(created.id()));
        assertEquals(List.of(StudyKind.LECTURE), created.kinds());
        rules.delete(ADMIN, created.id());
        assertEquals(List.of("DELETE", "CREATE"),
                c.audit("quota-rule", created.id()).stream().map(a -> a.action()).toList());
    }
}
