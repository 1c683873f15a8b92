package org.fazhi.duty.duties;

import static org.fazhi.duty.duties.DutyDesk.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.duty.Court;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The versioned catalogue: the seeded version 1, publishing, and which version a year uses. */
class DutyCatalogTest {
    @AutoClose
    final DutyDesk d = new DutyDesk();
    final DutyCatalogService catalog = d.duties.catalog();

    static CatalogEntry entry(String code, String title, String dueDay, LeaderCategory... categories) {
        return new CatalogEntry(code, title, DutyFrequency.YEARLY, List.of(categories), "某规定第一条", dueDay);
    }

    @Test
    void versionOneIsSeededWithTheDutiesOfThe2016Rule() {
        CatalogVersion v = catalog.forYear(2024);
        assertEquals(1, v.version());
        assertEquals(2016, v.fromYear());
        assertEquals(DutyDesk.CODES, v.entries().stream().map(CatalogEntry::code).toList());
        for (CatalogEntry e : v.entries()) {
            assertEquals(List.of(LeaderCategory.PRINCIPAL), e.appliesTo(), e.code());
            // 主持政府常务会议 and its 会前学法 are a government's (V7); the rest bind every kind of unit.
            assertEquals(DutyDesk.GOVERNMENT_ONLY.contains(e.code()) ? List.of(OrgKind.CITY_GOV, OrgKind.COUNTY_GOV) : List.of(),
                    e.orgKinds(), e.code());
            assertTrue(e.legalBasis() != null && e.legalBasis().startsWith("《"), e.code() + " has a legal basis");
        }
        CatalogEntry court = v.entries().get(4);
        assertEquals("COURT_APPEARANCE", court.code());
        assertTrue(court.legalBasis().contains("行政诉讼法》第三条第三款"));
        assertEquals(DutyFrequency.PER_EVENT, court.frequency());
        assertEquals(LocalDate.of(2024, 4, 1), v.entries().get(6).dueDate(2024), "the annual report is public by 4月1日");
        assertEquals(v, catalog.current());
        assertEquals(List.of(v), catalog.versions());
    }

    @Test
    void aYearBeforeTheFirstVersionHasNoCatalogue() {
        ValidationException e = assertThrows(ValidationException.class, () -> catalog.forYear(2015));
        assertEquals("year", e.field());
        assertTrue(e.getMessage().contains("2016"), e.getMessage());
        assertThrows(NotFoundException.class, () -> catalog.version(9));
    }

    @Test
    void theNewestVersionWhoseYearHasComeApplies() {
        CatalogVersion v2 = catalog.publish(ADMIN, "2025年版", 2025,
                List.of(entry("WORK_PLAN", "新的年度计划事项", "02-28", LeaderCategory.PRINCIPAL)));
        assertEquals(2, v2.version());
        assertEquals("admin", v2.createdBy());
        assertEquals(1, catalog.forYear(2024).version());
        assertEquals(2, catalog.forYear(2025).version());
        assertEquals(2, catalog.forYear(2030).version());
        assertEquals(List.of(2, 1), catalog.versions().stream().map(CatalogVersion::version).toList());
        assertEquals("02-28", catalog.version(2).entries().get(0).dueDay());
        assertEquals(1, d.court.audit(DutyCatalogService.ENTITY, v2.id()).size(), "publishing is audited");
    }

    @Test
    void aVersionIsCheckedWhole() {
        List<CatalogEntry> twice = List.of(entry("A_ONE", "甲", null, LeaderCategory.PRINCIPAL),
                entry("A_ONE", "乙", null, LeaderCategory.DEPUTY));
        ValidationException dup = assertThrows(ValidationException.class, () -> catalog.publish(ADMIN, "重复", 2025, twice));
        assertEquals("entries.1.code", dup.field());
        ValidationException empty = assertThrows(ValidationException.class,
                () -> catalog.publish(ADMIN, "空", 2025, new ArrayList<>()));
        assertEquals("entries", empty.field());
        ValidationException noLabel = assertThrows(ValidationException.class,
                () -> catalog.publish(ADMIN, " ", null, List.of(entry("A_ONE", "甲", null, LeaderCategory.PRINCIPAL))));
        assertEquals(List.of("label", "fromYear"), noLabel.all().stream().map(ValidationException::field).toList());
        assertThrows(AccessDeniedException.class, () -> catalog.publish(Court.organiser(null), "组织者", 2025,
                List.of(entry("A_ONE", "甲", null, LeaderCategory.PRINCIPAL))));
        assertEquals(1, catalog.versions().size(), "nothing was published");
    }

    @Test
    void anEntryIsCheckedFieldByField() {
        assertEquals("WORK_PLAN", entry(" work_plan ", "甲", null, LeaderCategory.PRINCIPAL).code(), "codes are upper-cased");
        assertEquals("12-31", entry("A_ONE", "甲", " ", LeaderCategory.PRINCIPAL).dueDay(), "the year's end by default");
        assertEquals("code", assertThrows(ValidationException.class,
                () -> entry("工作计划", "甲", null, LeaderCategory.PRINCIPAL)).field());
        assertEquals("title", assertThrows(ValidationException.class,
                () -> entry("A_ONE", "  ", null, LeaderCategory.PRINCIPAL)).field());
        for (String bad : new String[] {"13-01", "02-30", "2-1", "12/31", "02-29"}) {
            assertEquals("dueDay", assertThrows(ValidationException.class,
                    () -> entry("A_ONE", "甲", bad, LeaderCategory.PRINCIPAL)).field(), bad);
        }
        ValidationException none = assertThrows(ValidationException.class, () -> entry("A_ONE", "甲", null));
        assertEquals("appliesTo", none.field());
        assertEquals("适用人员不能为空,请至少填写一类,例如 正职", none.getMessage(), "what a user reads, no code");
        ValidationException staff = assertThrows(ValidationException.class,
                () -> entry("A_ONE", "甲", null, LeaderCategory.STAFF));
        assertTrue(staff.getMessage().contains("工作人员"));
        assertEquals("frequency", assertThrows(ValidationException.class,
                () -> new CatalogEntry("A_ONE", "甲", null, List.of(LeaderCategory.PRINCIPAL), null, null)).field());
        assertEquals("frequency", assertThrows(ValidationException.class, () -> DutyFrequency.parse("每月")).field());
        assertEquals(DutyFrequency.QUARTERLY, DutyFrequency.parse("每季度"));
    }
}
