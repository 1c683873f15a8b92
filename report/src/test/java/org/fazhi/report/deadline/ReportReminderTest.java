package org.fazhi.report.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.junit.jupiter.api.Test;

/** The deadline and the dashboard reminder on fixed days. */
class ReportReminderTest {
    private static final Org COUNTY = new Org(7L, "清河县人民政府", OrgKind.COUNTY_GOV, null, 0, null);
    private static final Org DEPT = new Org(8L, "县司法局", OrgKind.DEPARTMENT, 7L, 0, null);

    @Test
    void governmentsPublishBy1AprilDepartmentsReportBy1March() {
        assertEquals(LocalDate.of(2026, 4, 1), ReportDeadline.of(OrgKind.COUNTY_GOV, 2025));
        assertEquals(LocalDate.of(2026, 4, 1), ReportDeadline.of(OrgKind.CITY_GOV, 2025));
        assertEquals(LocalDate.of(2026, 4, 1), ReportDeadline.of(OrgKind.DEV_ZONE, 2025));
        assertEquals(LocalDate.of(2026, 3, 1), ReportDeadline.of(OrgKind.DEPARTMENT, 2025));
        assertEquals(LocalDate.of(2026, 3, 1), ReportDeadline.of(OrgKind.TOWNSHIP, 2025));
        assertEquals("4月1日", ReportDeadline.text(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void notDueInJanuary() {
        ReportReminder r = ReportReminder.of(COUNTY, LocalDate.of(2026, 1, 31), null);
        assertEquals(2025, r.year());
        assertFalse(r.due());
        assertFalse(r.overdue());
        assertFalse(r.shown(LocalDate.of(2026, 1, 31)));
        assertEquals(60, r.daysLeft());
    }

    @Test
    void dueFrom1FebruaryUntilTheDeadline() {
        LocalDate day = LocalDate.of(2026, 2, 1);
        ReportReminder r = ReportReminder.of(COUNTY, day, null);
        assertTrue(r.due());
        assertFalse(r.overdue());
        assertEquals(59L, r.daysLeft());
        assertEquals(LocalDate.of(2026, 4, 1), r.deadline());
        assertEquals("清河县人民政府", r.orgName());
        assertEquals(7L, r.orgId());
        assertEquals(2025, r.year());
        assertTrue(r.shown(day));

        LocalDate deadline = LocalDate.of(2026, 4, 1);
        ReportReminder last = ReportReminder.of(COUNTY, deadline, null);
        assertTrue(last.due());
        assertFalse(last.overdue(), "the deadline day itself is still in time");
        assertEquals(0L, last.daysLeft(), "due today");
    }

    @Test
    void overdueAfterTheDeadlineUntilPublished() {
        LocalDate day = LocalDate.of(2026, 4, 2);
        ReportReminder r = ReportReminder.of(COUNTY, day, null);
        assertTrue(r.due());
        assertTrue(r.overdue());
        assertEquals(-1L, r.daysLeft(), "one day overdue");
        ReportReminder dept = ReportReminder.of(DEPT, LocalDate.of(2026, 3, 2), null);
        assertTrue(dept.overdue(), "a department's report was due on 1 March");
    }

    @Test
    void aPublishedReportIsNeitherDueNorOverdue() {
        LocalDate day = LocalDate.of(2026, 3, 20);
        ReportReminder r = ReportReminder.of(COUNTY, day, LocalDate.of(2026, 3, 18));
        assertFalse(r.due());
        assertFalse(r.overdue());
        assertTrue(r.published());
        assertTrue(r.shown(day), "shown as done until the deadline");
        LocalDate later = LocalDate.of(2026, 5, 1);
        assertFalse(ReportReminder.of(COUNTY, later, LocalDate.of(2026, 3, 18)).shown(later));
        assertFalse(ReportReminder.of(COUNTY, later, LocalDate.of(2026, 3, 18)).overdue());
    }
}
