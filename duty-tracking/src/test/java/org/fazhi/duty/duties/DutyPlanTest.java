package org.fazhi.duty.duties;

import static org.fazhi.duty.duties.DutyDesk.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.Court;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Yearly plans: who gets items, due dates, idempotence, scope, and catalogue versions never rewriting a year. */
class DutyPlanTest {
    @AutoClose
    final DutyDesk d = new DutyDesk();

    private List<DutyItem> items(int year, long personId) {
        return d.duties.items().list(ADMIN, new DutyFilter(null, year, personId, null, null, null, null), Page.FIRST).items();
    }

    @Test
    void everyPrincipalGetsOneItemPerDutyAndASecondRunCreatesNothing() {
        assertEquals(2 * 7 + 4 * 5, d.plan2024(), "two county heads with seven duties, four other principals with five");
        assertEquals(0, d.plan2024(), "running the plan again creates nothing");
        assertEquals(34, d.count("SELECT count(*) FROM duty_items"));
        assertEquals(DutyDesk.CODES, items(2024, d.countyHead.id()).stream().map(DutyItem::code).toList(),
                "in the catalogue's order");
        List<DutyItem> mine = items(2024, d.justiceHead.id());
        assertEquals(DutyDesk.OTHER_CODES, mine.stream().map(DutyItem::code).toList(),
                "a 司法局's head does not 主持政府常务会议");
        DutyItem plan = mine.get(0);
        assertEquals(LocalDate.of(2024, 3, 31), plan.dueDate());
        assertEquals(d.court.justice.id(), plan.orgId());
        assertEquals("县司法局", plan.orgName());
        assertEquals("张局长", plan.personName());
        assertEquals(DutyStatus.OVERDUE, plan.status(), "due 03-31, read on 06-30");
        assertEquals(DutyStatus.NOT_STARTED, plan.recordedStatus());
        assertEquals(ReviewState.DRAFT, plan.reviewState());
        assertEquals(LocalDate.of(2024, 12, 31), mine.get(1).dueDate());
        assertEquals(DutyStatus.NOT_STARTED, mine.get(1).status());
        assertTrue(items(2024, d.countyDeputy.id()).isEmpty(), "the catalogue applies to principals only");
        assertTrue(items(2024, d.justiceStaff.id()).isEmpty(), "staff are not leaders");
        assertEquals(1, d.court.audit(DutyPlanService.ENTITY, null).size(), "one audit entry for the run that created items");
    }

    @Test
    void aNewLeaderIsAddedByRunningThePlanAgain() {
        d.plan2024();
        var newcomer = d.person(d.court.finance, "新局长", LeaderCategory.PRINCIPAL);
        assertEquals(5, d.duties.plans().plan(ADMIN, 2024, d.court.finance.id()));
        assertEquals(5, items(2024, newcomer.id()).size());
    }

    @Test
    void aPlanCoversTheChosenSubtreeWithinTheActorsScope() {
        assertEquals(2 * 5, d.duties.plans().plan(Court.organiser(d.court.justice), 2024, null), "司法局 and 公证处");
        assertEquals(10, d.count("SELECT count(*) FROM duty_items"));
        assertEquals(5, d.duties.plans().plan(ADMIN, 2024, d.court.finance.id()));
        assertThrows(AccessDeniedException.class,
                () -> d.duties.plans().plan(Court.organiser(d.court.justice), 2024, d.court.finance.id()));
        assertThrows(AccessDeniedException.class, () -> d.duties.plans().plan(Court.viewer(null), 2024, null));
        assertThrows(NotFoundException.class, () -> d.duties.plans().plan(ADMIN, 2024, 9999L));
        assertEquals("year", assertThrows(ValidationException.class, () -> d.duties.plans().plan(ADMIN, 1999, null)).field());
        assertEquals("year", assertThrows(ValidationException.class, () -> d.duties.plans().plan(ADMIN, 2015, null)).field(),
                "no catalogue applies before 2016");
        assertEquals(15, d.count("SELECT count(*) FROM duty_items"));
    }

    @Test
    void aNewCatalogueVersionNeverRewritesAYearAlreadyPlanned() {
        d.plan2024();
        DutyItem before = d.item(d.justiceHead, 2024, "WORK_PLAN");
        CatalogVersion v2 = d.duties.catalog().publish(ADMIN, "2024年修订版", 2024, List.of(
                new CatalogEntry("WORK_PLAN", "修订后的年度计划事项", DutyFrequency.YEARLY, List.of(LeaderCategory.PRINCIPAL),
                        "新依据", "01-31"),
                new CatalogEntry("DEPUTY_STUDY", "分管领导学法", DutyFrequency.QUARTERLY,
                        List.of(LeaderCategory.DEPUTY, LeaderCategory.PRINCIPAL), null, null)));
        assertEquals(2, v2.version());

        DutyItem after = d.item(d.justiceHead, 2024, "WORK_PLAN");
        assertEquals(before, after, "the planned item keeps the title, basis and due date it was planned with");
        assertEquals(5, items(2024, d.justiceHead.id()).size());

        assertEquals(7, d.duties.plans().plan(ADMIN, 2024, null), "only the new duty is added: 6 principals + 1 deputy");
        assertEquals(before, d.item(d.justiceHead, 2024, "WORK_PLAN"), "and planning the year again does not touch it");
        assertEquals(1, items(2024, d.countyDeputy.id()).size());

        assertEquals(6 * 2 + 1, d.duties.plans().plan(ADMIN, 2025, null), "2025 uses version 2 only");
        DutyItem next = d.item(d.justiceHead, 2025, "WORK_PLAN");
        assertEquals("修订后的年度计划事项", next.title());
        assertEquals("新依据", next.legalBasis());
        assertEquals(LocalDate.of(2025, 1, 31), next.dueDate());
        assertEquals(DutyFrequency.QUARTERLY, d.item(d.countyDeputy, 2025, "DEPUTY_STUDY").frequency());
        assertEquals(1, d.count("SELECT count(*) FROM duty_items WHERE year = 2025 AND person_id = " + d.countyDeputy.id()));
    }

    @Test
    void aDutyOfGovernmentsOnlyBindsNoDepartmentOrTownshipLeader() {
        CatalogVersion v2 = d.duties.catalog().publish(ADMIN, "按单位类型适用", 2024, List.of(
                new CatalogEntry("EXEC_MEETING_REPORT", "主持政府常务会议听取法治政府建设工作汇报", DutyFrequency.YEARLY,
                        List.of(LeaderCategory.PRINCIPAL), null, null, List.of(OrgKind.CITY_GOV, OrgKind.COUNTY_GOV)),
                new CatalogEntry("WORK_PLAN", "将法治建设纳入年度工作计划", DutyFrequency.YEARLY,
                        List.of(LeaderCategory.PRINCIPAL), null, null)));
        assertEquals(List.of(OrgKind.CITY_GOV, OrgKind.COUNTY_GOV), v2.entries().get(0).orgKinds(), "stored and read back");
        assertEquals(List.of(), v2.entries().get(1).orgKinds(), "every kind of unit");

        // Two county governments' heads get both; the 司法局, 公证处, 财政局 and town heads only the second.
        assertEquals(2 * 2 + 4, d.duties.plans().plan(ADMIN, 2024, null));
        assertEquals(List.of("EXEC_MEETING_REPORT", "WORK_PLAN"),
                items(2024, d.countyHead.id()).stream().map(DutyItem::code).toList());
        assertEquals(List.of("WORK_PLAN"), items(2024, d.justiceHead.id()).stream().map(DutyItem::code).toList());
        assertEquals(List.of("WORK_PLAN"), items(2024, d.townHead.id()).stream().map(DutyItem::code).toList());
        assertTrue(v2.entries().get(0).appliesToUnit(OrgKind.COUNTY_GOV) && !v2.entries().get(0).appliesToUnit(OrgKind.DEPARTMENT));
        assertEquals("orgKinds", assertThrows(ValidationException.class, () -> new CatalogEntry("X_DUTY", "某职责",
                DutyFrequency.YEARLY, List.of(LeaderCategory.PRINCIPAL), null, null, java.util.Arrays.asList(OrgKind.CITY_GOV, null)))
                .field());
    }
}
