package org.fazhi.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.report.deadline.ReportReminder;
import org.junit.jupiter.api.Test;

/** The dashboard reminder as report-reminder.mustache reads it, on fixed days (the rule: the report module). */
class ReportReminderSectionTest {
    private static final Org COUNTY = new Org(7L, "清河县人民政府", OrgKind.COUNTY_GOV, null, 0, null);

    @Test
    void theModelCarriesTheDeadlineTheDaysAndTheLink() {
        LocalDate day = LocalDate.of(2026, 2, 1);
        Map<String, Object> m = ReportReminderSection.model(ReportReminder.of(COUNTY, day, null), day);
        assertEquals(true, m.get("due"));
        assertEquals(false, m.get("overdue"));
        assertEquals(59L, m.get("daysLeft"));
        assertEquals("2026-04-01", m.get("deadline"));
        assertEquals("4月1日", m.get("deadlineText"));
        assertEquals("清河县人民政府", m.get("orgName"));
        assertEquals(2025, m.get("year"));
        assertEquals("/reports/annual?year=2025&orgId=7", m.get("href"));
        assertEquals(true, m.get("shown"));
        assertEquals(true, m.get("dueLater"));
        assertEquals(false, m.get("dueToday"));

        LocalDate deadline = LocalDate.of(2026, 4, 1);
        assertEquals(true, ReportReminderSection.model(ReportReminder.of(COUNTY, deadline, null), deadline)
                .get("dueToday"));
    }

    @Test
    void overdueAndPublishedReadAsTheTemplateExpects() {
        LocalDate day = LocalDate.of(2026, 4, 2);
        Map<String, Object> overdue = ReportReminderSection.model(ReportReminder.of(COUNTY, day, null), day);
        assertEquals(true, overdue.get("overdue"));
        assertEquals(1L, overdue.get("daysOverdue"));
        assertEquals(null, overdue.get("publishedOn"));

        LocalDate march = LocalDate.of(2026, 3, 20);
        Map<String, Object> done = ReportReminderSection.model(
                ReportReminder.of(COUNTY, march, LocalDate.of(2026, 3, 18)), march);
        assertEquals(true, done.get("published"));
        assertEquals("2026-03-18", done.get("publishedOn"));
        assertEquals(true, done.get("shown"));
        assertEquals(0L, done.get("daysOverdue"));
    }
}
