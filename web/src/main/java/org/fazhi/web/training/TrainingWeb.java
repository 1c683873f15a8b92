package org.fazhi.web.training;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.exchange.Provenance;
import org.fazhi.web.dashboard.TrainingDashboard;
import org.fazhi.training.demo.DemoTraining;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.server.Ledgers;
import org.fazhi.web.server.WebModule;
import org.fazhi.web.signin.SignInWeb;
import org.glassfish.jersey.server.ResourceConfig;

/** law-training on the server: 学法 and exams, their API, pages, imports and exports, dashboard and demo. */
public final class TrainingWeb implements WebModule {
    @Override
    public void register(ResourceConfig rc, Ledgers l) {
        TrainingApi.register(rc, l.core(), l.training(), l.clock());
        Provenance provenance = new Provenance(l.db().jdbi(), l.clock());
        TrainingPages.register(rc, l.core(), l.training(), l.clock(), provenance);
        TrainingImports.register(rc, l.core(), l.training(), l.clock(), provenance);
        SignInWeb.register(rc, l.training().signIn(), l.core().loginThrottle(), l.clock(), provenance);
    }

    @Override
    public List<DashboardPage.Section> dashboard(Ledgers l) {
        return List.of(new TrainingDashboard(l.training()));
    }

    @Override
    public List<String> demo(Ledgers l, LocalDate today) {
        DemoTraining.Result t = new DemoTraining(l.core(), l.training()).load(today);
        return List.of(t.sessions() + " 次学法记录," + t.batches() + " 批任前法律知识测试(" + t.results() + " 人次)");
    }
}
