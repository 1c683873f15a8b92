package org.fazhi.web.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.model.account.Actor;
import org.fazhi.model.time.Years;
import org.fazhi.web.dashboard.Change.Better;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.pages.PageModel;

/**
 * 负责人出庭应诉 on the dashboard: the chosen year's 出庭率 beside last year's, the units to be
 * 约谈'd, and two charts — the rate by unit (ranked) and over the last five years. Each year's
 * figures are one call of the appearance service (a few grouped queries), not one per unit.
 */
public record CourtDashboard(DutyTracking duty) implements DashboardPage.Section {
    static final int TREND_YEARS = 5;

    @Override
    public void addTo(DashboardPage.Choice c, PageModel page) {
        Actor actor = c.actor();
        Map<Integer, AppearanceRates> byYear = new TreeMap<>();
        for (int y = c.year() - TREND_YEARS + 1; y <= c.year(); y++) {
            if (y >= Years.MIN) {
                byYear.put(y, duty.appearance().rates(actor, y, c.orgId()));
            }
        }
        AppearanceRates now = byYear.get(c.year());
        AppearanceRates before = c.lastYear() == null ? null : byYear.get(c.lastYear());
        boolean beforeHasData = before != null && before.heard() > 0;

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", c.year());
        m.put("none", now.heard() == 0);
        m.put("rateText", now.rateText());
        m.put("rateChange", Change.points(now.rate(), beforeHasData ? before.rate() : null, Better.HIGHER));
        m.put("heard", now.heard());
        m.put("appeared", now.appeared());
        m.put("heardChange", Change.count(now.heard(), beforeHasData ? before.heard() : null, "件", Better.NEITHER));
        m.put("flagged", now.flagged().size());
        m.put("anyFlagged", !now.flagged().isEmpty());
        m.put("threshold", now.threshold().toPlainString() + "%");
        m.put("rankingHref", Links.to("/court-cases/ranking", c));
        m.put("flaggedHref", Links.to("/court-cases/ranking", c) + "#flagged");
        m.put("casesHref", Links.to("/court-cases", c));
        page.put("court", m);
        page.put("courtByUnit", CourtCharts.byUnit(c, now));
        page.put("courtTrend", CourtCharts.trend(c, byYear));
    }
}
