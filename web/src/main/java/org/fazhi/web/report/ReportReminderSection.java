package org.fazhi.web.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.report.AnnualReportService;
import org.fazhi.report.StoredReport;
import org.fazhi.report.deadline.ReportDeadline;
import org.fazhi.report.deadline.ReportReminder;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.pages.PageModel;

/**
 * The dashboard's reminder of last year's annual report (model key "reportReminder", drawn by
 * report-reminder.mustache): for the user's own unit — the root of their scope — or, for a user over
 * the whole ledger, its top unit (the lowest id when there are several), whose report it is.
 */
public record ReportReminderSection(CoreServices core, AnnualReportService reports, Clock clock)
        implements DashboardPage.Section {
    /** The reminder concerns the user's own unit and today's deadline, whatever year and unit the page shows. */
    @Override
    public void addTo(DashboardPage.Choice choice, PageModel page) {
        Actor actor = choice.actor();
        LocalDate today = LocalDate.now(clock);
        unit(actor).ifPresent(org -> {
            StoredReport stored = reports.stored(actor, today.getYear() - 1, org.id());
            page.put("reportReminder", model(ReportReminder.of(org, today, stored.publishedOn()), today));
        });
    }

    /** The page model entry "reportReminder" (see report-reminder.mustache). */
    static Map<String, Object> model(ReportReminder r, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", r.year());
        m.put("orgId", r.orgId());
        m.put("orgName", r.orgName());
        m.put("deadline", r.deadline().toString());
        m.put("deadlineText", ReportDeadline.text(r.deadline()));
        m.put("daysLeft", r.daysLeft());
        m.put("daysOverdue", Math.max(0, -r.daysLeft()));
        m.put("due", r.due());
        m.put("overdue", r.overdue());
        m.put("dueToday", r.due() && r.daysLeft() == 0);
        m.put("dueLater", r.due() && r.daysLeft() > 0);
        m.put("published", r.published());
        m.put("publishedOn", r.publishedOn() == null ? null : r.publishedOn().toString());
        m.put("shown", r.shown(today));
        m.put("href", "/reports/annual?" + ReportParams.query(r.year(), r.orgId()));
        return m;
    }

    private Optional<Org> unit(Actor actor) {
        if (actor.scoped()) {
            return Optional.of(core.orgs().get(actor, actor.scopeOrgId()));
        }
        return core.visibleOrgs().list(actor).stream().filter(o -> o.parentId() == null)
                .min(Comparator.comparingLong(Org::id));
    }
}
