package org.fazhi.web.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.model.time.Years;
import org.fazhi.reconsideration.stats.ReconsiderationStats;
import org.fazhi.reconsideration.stats.StatsService;
import org.fazhi.web.dashboard.Change.Better;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.pages.PageModel;

/**
 * 行政复议 on the dashboard: the chosen year's applications received and concluded, the 按期结案率 and the two
 * correction rates, each beside last year's.
 */
public record ReconsiderationDashboard(StatsService stats) implements DashboardPage.Section {
    @Override
    public void addTo(DashboardPage.Choice c, PageModel page) {
        ReconsiderationStats now = stats.stats(c.actor(), c.year(), c.orgId());
        ReconsiderationStats before = c.lastYear() == null || c.lastYear() < Years.MIN ? null
                : stats.stats(c.actor(), c.lastYear(), c.orgId());
        if (now.received() == 0 && now.concluded() == 0 && (before == null || before.received() + before.concluded() == 0)) {
            return;
        }
        boolean beforeReceived = before != null && before.received() > 0;
        boolean beforeConcluded = before != null && before.concluded() > 0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", c.year());
        m.put("received", now.received());
        m.put("receivedChange", Change.count(now.received(), beforeReceived ? before.received() : null, "件", Better.NEITHER));
        m.put("concluded", now.concluded());
        m.put("onTimeRate", now.onTimeRate().text());
        m.put("onTimeChange", Change.points(now.onTimeRate().value(), beforeConcluded ? before.onTimeRate().value() : null,
                Better.HIGHER));
        m.put("directRate", now.directCorrectionRate().text());
        m.put("directChange", Change.points(now.directCorrectionRate().value(),
                beforeConcluded ? before.directCorrectionRate().value() : null, Better.NEITHER));
        m.put("comprehensiveRate", now.comprehensiveCorrectionRate().text());
        m.put("href", Links.to("/reconsiderations/stats", c));
        page.put("reconsideration", m);
    }
}
