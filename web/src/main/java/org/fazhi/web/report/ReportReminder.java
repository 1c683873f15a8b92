package org.fazhi.web.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.model.org.Org;

/**
 * The dashboard's reminder of last year's report for one unit, judged on a given day: due from
 * 1 February until it is published, overdue once the deadline has passed unpublished.
 *
 * @param daysLeft days from today to the deadline; negative once it has passed
 */
public record ReportReminder(int year, long orgId, String orgName, LocalDate deadline, long daysLeft, boolean due,
                             boolean overdue, boolean published, LocalDate publishedOn) {

    /** The reminder of {@code org}'s report for the year before {@code today}'s. */
    public static ReportReminder of(Org org, LocalDate today, LocalDate publishedOn) {
        int year = today.getYear() - 1;
        LocalDate deadline = ReportDeadline.of(org.kind(), year);
        boolean published = publishedOn != null;
        boolean due = !published && !today.isBefore(ReportDeadline.remindFrom(year));
        boolean overdue = !published && today.isAfter(deadline);
        return new ReportReminder(year, org.id(), org.name(), deadline, ChronoUnit.DAYS.between(today, deadline), due,
                overdue, published, publishedOn);
    }

    public String href() {
        return "/reports/annual?year=" + year + "&orgId=" + orgId;
    }

    /** Shown while it is due, and as a confirmation until the deadline once published. */
    public boolean shown(LocalDate today) {
        return due || published && !today.isBefore(ReportDeadline.remindFrom(year)) && !today.isAfter(deadline);
    }

    /** The page model entry "reportReminder" (see report-reminder.mustache). */
    public Map<String, Object> model(LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("orgId", orgId);
        m.put("orgName", orgName);
        m.put("deadline", deadline.toString());
        m.put("deadlineText", ReportDeadline.text(deadline));
        m.put("daysLeft", daysLeft);
        m.put("daysOverdue", Math.max(0, -daysLeft));
        m.put("due", due);
        m.put("overdue", overdue);
        m.put("dueToday", due && daysLeft == 0);
        m.put("dueLater", due && daysLeft > 0);
        m.put("published", published);
        m.put("publishedOn", publishedOn == null ? null : publishedOn.toString());
        m.put("shown", shown(today));
        m.put("href", href());
        return m;
    }
}
