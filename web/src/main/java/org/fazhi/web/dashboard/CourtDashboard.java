package org.fazhi.web.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.pages.PageModel;

/** This year's 出庭率 on the dashboard, with the units to be 约谈'd, for the user's own scope. */
public final class CourtDashboard implements DashboardPage.Section {
    private final DutyTracking duty;

    public CourtDashboard(DutyTracking duty) {
        this.duty = duty;
    }

    @Override
    public void addTo(CurrentUser user, PageModel page) {
        int year = LocalDate.now().getYear();
        AppearanceRates r = duty.appearance().rates(user.actor(), year, null);
        Map<String, Object> court = new LinkedHashMap<>();
        court.put("year", year);
        court.put("heard", r.heard());
        court.put("appeared", r.appeared());
        court.put("none", r.heard() == 0);
        court.put("rateText", r.rateText());
        court.put("flagged", r.flagged().size());
        court.put("anyFlagged", !r.flagged().isEmpty());
        page.put("court", court);
    }
}
