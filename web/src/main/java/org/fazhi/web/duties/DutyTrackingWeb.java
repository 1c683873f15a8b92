package org.fazhi.web.duties;

import org.fazhi.exchange.Provenance;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.web.accountability.AccountabilityWeb;
import org.fazhi.reconsideration.Reconsiderations;
import org.fazhi.web.court.CourtWeb;
import org.fazhi.web.dashboard.CourtDashboard;
import org.fazhi.web.dashboard.DutyDashboard;
import org.fazhi.web.dashboard.RectificationDashboard;
import org.fazhi.duty.demo.DemoCourt;
import org.fazhi.duty.demo.DemoDuties;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.server.Ledgers;
import org.fazhi.web.server.WebModule;
import org.glassfish.jersey.server.ResourceConfig;

/** duty-tracking on the server: 第一责任人 duties, 述法 and 整改, and 出庭应诉, with dashboard and demo. */
public final class DutyTrackingWeb implements WebModule {
    @Override
    public void register(ResourceConfig rc, Ledgers l) {
        Provenance provenance = new Provenance(l.db().jdbi(), l.clock());
        AccountabilityWeb.register(rc, l.core(), l.duty(), l.clock(), provenance);
        CourtWeb.register(rc, l.core(), l.duty(), l.clock(),
                new Reconsiderations(l.db(), l.core().audit(), l.clock()).cases(), provenance);
        DutyApi.register(rc, l.core(), l.duty());
        DutyPages.register(rc, l.core(), l.duty(), provenance);
    }

    @Override
    public List<DashboardPage.Section> dashboard(Ledgers l) {
        return List.of(new DutyDashboard(l.duty()), new CourtDashboard(l.duty()), new RectificationDashboard(l.duty()));
    }

    @Override
    public List<String> demo(Ledgers l, LocalDate today) {
        DemoCourt.Result c = new DemoCourt(l.core(), l.duty()).load(today);
        DemoDuties.Result d = new DemoDuties(l.core(), l.duty(), l.db().jdbi()).load(today);
        return List.of(c.cases() + " 件行政应诉案件(审级)、" + c.hearings() + " 次开庭", d.items() + " 项第一责任人职责("
                + d.evidence() + " 份佐证)、" + d.lawReports() + " 份述法记录、" + d.rectifications() + " 项整改");
    }
}
