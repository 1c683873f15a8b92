package org.fazhi.report.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /** Shown while it is due, and as a confirmation until the deadline once published. */
    public boolean shown(LocalDate today) {
        return due || published && !today.isBefore(ReportDeadline.remindFrom(year)) && !today.isAfter(deadline);
    }
}
