package org.fazhi.web.reconsideration;

import org.fazhi.exchange.Provenance;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.reconsideration.Reconsiderations;
import org.fazhi.reconsideration.demo.DemoReconsiderations;
import org.fazhi.web.dashboard.ReconsiderationDashboard;
import org.fazhi.web.imports.ImportRejectedMapper;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.server.Ledgers;
import org.fazhi.web.server.WebModule;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The 行政复议 ledger on the server: its tables are registered in {@link org.fazhi.web.server.Modules}; its JSON
 * API (/api/reconsiderations, the statistics, the setting, import and export) and its pages (/reconsiderations)
 * here. The ledger itself is the reconsideration module's {@link Reconsiderations}.
 */
public final class ReconsiderationWeb implements WebModule {
    @Override
    public void register(ResourceConfig rc, Ledgers l) {
        Reconsiderations r = service(l);
        rc.register(new ReconsiderationResource(r));
        rc.register(new ReconsiderationResource.Stats(r.stats()));
        rc.register(new ReconsiderationResource.Settings(r.stats()));
        rc.register(MultiPartFeature.class);
        rc.register(new ImportRejectedMapper());
        rc.register(new ReconsiderationTransfer.Import(r.sheets()));
        rc.register(new ReconsiderationTransfer.Export(r.sheets()));
        rc.register(new ReconsiderationTransfer.Template(r.sheets()));
        rc.register(new ReconsiderationPages(l.core(), r, new Provenance(l.db().jdbi(), l.clock())));
        rc.register(new ReconsiderationStatsPage(l.core(), r));
        rc.register(new ReconsiderationImportPage(r.sheets()));
    }

    @Override
    public List<DashboardPage.Section> dashboard(Ledgers l) {
        return List.of(new ReconsiderationDashboard(service(l).stats()));
    }

    @Override
    public List<String> demo(Ledgers l, LocalDate today) {
        DemoReconsiderations.Result d = new DemoReconsiderations(l.core(), l.db()).load(today);
        return List.of("行政复议:" + (today.getYear() - 2) + "年起三年 " + (d.perYear()[0] + d.perYear()[1] + d.perYear()[2])
                + " 件案件(今年 " + d.perYear()[2] + " 件,其中 " + d.pending() + " 件在办)");
    }

    static Reconsiderations service(Ledgers l) {
        return new Reconsiderations(l.db(), l.core().audit(), l.clock());
    }
}
