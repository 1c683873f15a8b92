package org.fazhi.web.assessment;

import java.util.List;
import org.fazhi.assessment.Assessment;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.server.Ledgers;
import org.fazhi.web.server.WebModule;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * 示范创建 indicator assessment on the server: its tables and evidence files are registered in
 * {@link org.fazhi.web.server.Modules}; its JSON API and pages are registered here. The assessment itself
 * (systems, rounds, answers, review, results, ledger figures) is the assessment module's {@link Assessment}.
 */
public final class AssessmentWeb implements WebModule {
    @Override
    public void register(ResourceConfig rc, Ledgers l) {
        Assessment assessment = service(l);
        AssessmentAdmin.register(rc, assessment, l);
    }

    @Override
    public List<DashboardPage.Section> dashboard(Ledgers l) {
        return List.of(new AssessmentDashboard(service(l)));
    }

    static Assessment service(Ledgers l) {
        return new Assessment(l.db(), l.core().audit(), l.clock());
    }
}
