package org.fazhi.web.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.rectify.RectificationFilter;
import org.fazhi.duty.rectify.RectificationSummary;
import org.fazhi.web.dashboard.Change.Better;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.pages.PageModel;

/**
 * 整改 of the chosen year and unit (items found or due in the year, the list's rule) beside last
 * year's: still open, overdue, and 销号'd.
 */
public record RectificationDashboard(DutyTracking duty) implements DashboardPage.Section {
    @Override
    public void addTo(DashboardPage.Choice c, PageModel page) {
        RectificationSummary s = duty.rectifications().summary(c.actor(), c.year(), c.orgId());
        RectificationSummary before = c.lastYear() == null ? null
                : duty.rectifications().summary(c.actor(), c.lastYear(), c.orgId());
        boolean beforeHasData = before != null && before.total() > 0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", c.year());
        m.put("none", s.total() == 0);
        m.put("total", s.total());
        m.put("open", s.open());
        m.put("openChange", Change.count(s.open(), beforeHasData ? before.open() : null, "项", Better.LOWER));
        m.put("overdue", s.overdue());
        m.put("anyOverdue", s.overdue() > 0);
        m.put("overdueChange", Change.count(s.overdue(), beforeHasData ? before.overdue() : null, "项", Better.LOWER));
        m.put("closed", s.closed());
        m.put("closedRate", Figures.percent(s.closedRate()));
        m.put("closedChange", Change.points(s.closedRate(), beforeHasData ? before.closedRate() : null, Better.HIGHER));
        m.put("href", Links.to("/rectifications", c));
        m.put("overdueHref", Links.to("/rectifications", c, "status", RectificationFilter.OVERDUE));
        page.put("rectify", m);
    }
}
