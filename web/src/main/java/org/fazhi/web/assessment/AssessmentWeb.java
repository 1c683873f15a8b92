package org.fazhi.web.assessment;

import org.fazhi.exchange.Provenance;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.demo.DemoAssessment;
import org.fazhi.assessment.figures.LedgerFigures;
import org.fazhi.assessment.figures.LedgerRecords;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.server.Ledgers;
import org.fazhi.web.server.WebModule;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
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
        LedgerRecords records = new LedgerRecords(l.training(), l.duty());
        DeskResource desk = new DeskResource(assessment, new LedgerFigures(l.training(), l.duty()), records);
        rc.register(desk);
        rc.register(new DeskPages(assessment, records, new DeskView(assessment, desk, records, new Provenance(l.db().jdbi(), l.clock()))));
        rc.register(new AssessmentEvidenceResource(assessment.evidence()));
        rc.register(MultiPartFeature.class);
        AssessmentAdmin.register(rc, assessment, l);
    }

    @Override
    public List<DashboardPage.Section> dashboard(Ledgers l) {
        return List.of(new AssessmentDashboard(service(l)));
    }

    @Override
    public List<String> demo(Ledgers l, LocalDate today) {
        DemoAssessment.Result d = new DemoAssessment(l.core(), l.db()).load(today);
        return List.of("示范创建考核:" + (today.getYear() - 1) + "年度考核已审核确认(" + d.units() + " 个单位," + d.deductions()
                + " 项扣分)," + today.getYear() + "年度考核进行中(" + d.submitted() + " 个单位已提交自评)");
    }

    static Assessment service(Ledgers l) {
        return new Assessment(l.db(), l.core().audit(), l.clock());
    }
}
