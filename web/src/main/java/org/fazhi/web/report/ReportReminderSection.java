package org.fazhi.web.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.pages.PageModel;

/**
 * The dashboard's reminder of last year's annual report (model key "reportReminder", drawn by
 * report-reminder.mustache): for the user's own unit — the root of their scope — or, for a user over
 * the whole ledger, its top unit (the lowest id when there are several), whose report it is.
 */
public final class ReportReminderSection implements DashboardPage.Section {
    private final CoreServices core;
    private final AnnualReportService reports;
    private final Clock clock;

    ReportReminderSection(CoreServices core, AnnualReportService reports, Clock clock) {
        this.core = core;
        this.reports = reports;
        this.clock = clock;
    }

    /** The reminder concerns the user's own unit and today's deadline, whatever year and unit the page shows. */
    @Override
    public void addTo(DashboardPage.Choice choice, PageModel page) {
        Actor actor = choice.actor();
        LocalDate today = LocalDate.now(clock);
        unit(actor).ifPresent(org -> {
            StoredReport stored = reports.stored(actor, today.getYear() - 1, org.id());
            page.put("reportReminder", ReportReminder.of(org, today, stored.publishedOn()).model(today));
        });
    }

    private Optional<Org> unit(Actor actor) {
        if (actor.scoped()) {
            return Optional.of(core.orgs().get(actor, actor.scopeOrgId()));
        }
        return core.orgs().visible(actor).stream().filter(o -> o.parentId() == null)
                .min(Comparator.comparingLong(Org::id));
    }
}
