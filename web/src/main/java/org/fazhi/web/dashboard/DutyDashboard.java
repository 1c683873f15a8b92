package org.fazhi.web.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.duties.DutyFigures;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.ReviewState;
import org.fazhi.duty.lawreport.LawReportSummary;
import org.fazhi.model.account.Actor;
import org.fazhi.web.dashboard.Change.Better;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.pages.PageModel;

/**
 * 第一责任人 duties of the chosen year and unit beside last year's: completion, overdue items, items
 * awaiting review, and the year's 述法 (leaders who reported).
 */
public record DutyDashboard(DutyTracking duty) implements DashboardPage.Section {
    @Override
    public void addTo(DashboardPage.Choice c, PageModel page) {
        Actor actor = c.actor();
        DutyFigures f = duty.duties().progress().progress(actor, c.year(), c.orgId()).total();
        DutyFigures before = c.lastYear() == null ? null
                : duty.duties().progress().progress(actor, c.lastYear(), c.orgId()).total();
        boolean beforeHasData = before != null && before.total() > 0;
        long submitted = duty.duties().items().count(actor,
                new DutyFilter(c.orgId(), c.year(), null, null, null, ReviewState.SUBMITTED, null));

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", c.year());
        m.put("none", f.total() == 0);
        m.put("total", f.total());
        m.put("done", f.done());
        m.put("rateText", f.rate().text());
        m.put("rateChange", Change.points(f.rate().value(), beforeHasData ? before.rate().value() : null, Better.HIGHER));
        m.put("overdue", f.overdue());
        m.put("anyOverdue", f.overdue() > 0);
        m.put("overdueChange", Change.count(f.overdue(), beforeHasData ? before.overdue() : null, "项", Better.LOWER));
        m.put("submitted", submitted);
        m.put("anySubmitted", submitted > 0);
        m.put("boardHref", Links.to("/duties", c));
        m.put("overdueHref", Links.to("/duties/items", c, "status", "OVERDUE"));
        m.put("submittedHref", Links.to("/duties/items", c, "reviewState", ReviewState.SUBMITTED.name()));
        lawReports(c, m);
        page.put("duties", m);
    }

    /** 年终述法: PRINCIPAL leaders who reported, when the subtree has any. */
    private void lawReports(DashboardPage.Choice c, Map<String, Object> m) {
        LawReportSummary s = duty.lawReports().summary(c.actor(), c.year(), c.orgId());
        if (s.leaders() == 0) {
            return;
        }
        LawReportSummary before = c.lastYear() == null ? null : duty.lawReports().summary(c.actor(), c.lastYear(), c.orgId());
        boolean beforeHasData = before != null && before.reports() > 0;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("leaders", s.leaders());
        r.put("reported", s.reported());
        r.put("rate", Figures.percent(s.rate()));
        r.put("change", Change.points(s.rate(), beforeHasData ? before.rate() : null, Better.HIGHER));
        r.put("href", Links.to("/duties/law-reports", c));
        m.put("lawReports", r);
    }
}
