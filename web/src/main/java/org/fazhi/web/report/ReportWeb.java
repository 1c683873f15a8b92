package org.fazhi.web.report;

import java.util.List;
import org.fazhi.exchange.Provenance;
import org.fazhi.report.AnnualReportService;
import org.fazhi.report.AnnualReports;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.server.Ledgers;
import org.fazhi.web.server.WebModule;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The 法治政府建设年度报告: the JSON API (/api/reports/annual, its sections, publish and withdraw, and
 * the .docx), the pages (/reports/annual, its edit view and the .docx) and the dashboard's reminder.
 * The report itself (figures, sentences, narratives and status, the .docx) is the report module's
 * {@link AnnualReports}.
 */
public final class ReportWeb implements WebModule {
    @Override
    public void register(ResourceConfig rc, Ledgers l) {
        AnnualReportService reports = service(l);
        Provenance provenance = new Provenance(l.db().jdbi(), l.clock());
        rc.register(new AnnualReportResource(l.core(), reports));
        rc.register(new ReportDocxResource.Api(l.core(), reports));
        rc.register(new ReportDocxResource.Page(l.core(), reports));
        rc.register(new AnnualReportPages(l.core(), reports, provenance));
    }

    /** The dashboard's reminder; the ledgers' clock decides what "today" is (the server's, or a test's). */
    @Override
    public List<DashboardPage.Section> dashboard(Ledgers l) {
        return List.of(new ReportReminderSection(l.core(), service(l), l.clock()));
    }

    /** A county's year that this ledger (a city's) holds only in part is not compared with (YearCoverage). */
    private static AnnualReportService service(Ledgers l) {
        Provenance provenance = new Provenance(l.db().jdbi(), l.clock());
        return new AnnualReports(l.db(), l.core().audit(), l.training(), l.duty(), l.clock(),
                (orgId, year) -> provenance.unreported(orgId, year, null).isEmpty()).reports();
    }
}
