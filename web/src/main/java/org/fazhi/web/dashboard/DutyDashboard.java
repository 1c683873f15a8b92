package org.fazhi.web.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.duties.DutyFigures;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.ReviewState;
import org.fazhi.duty.rectify.RectificationSummary;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.pages.PageModel;

/** This year's 第一责任人 duty progress, items awaiting review, and open 整改 on the dashboard, in the user's scope. */
public final class DutyDashboard implements DashboardPage.Section {
    private final DutyTracking duty;

    public DutyDashboard(DutyTracking duty) {
        this.duty = duty;
    }

    @Override
    public void addTo(CurrentUser user, PageModel page) {
        Actor actor = user.actor();
        int year = LocalDate.now().getYear();
        DutyFigures f = duty.duties().progress().progress(actor, year, null).total();
        long submitted = duty.duties().items().list(actor, new DutyFilter(null, year, null, null, null, ReviewState.SUBMITTED, null),
                new Page(1, 0)).total();
        Map<String, Object> duties = new LinkedHashMap<>();
        duties.put("year", year);
        duties.put("total", f.total());
        duties.put("done", f.done());
        duties.put("overdue", f.overdue());
        duties.put("anyOverdue", f.overdue() > 0);
        duties.put("rateText", f.rate().text());
        duties.put("none", f.total() == 0);
        duties.put("submitted", submitted);
        RectificationSummary r = duty.rectifications().summary(actor, year, null);
        if (r.total() > 0) {
            duties.put("rectify", Map.of("open", r.open(), "overdue", r.overdue()));
        }
        page.put("duties", duties);
    }
}
