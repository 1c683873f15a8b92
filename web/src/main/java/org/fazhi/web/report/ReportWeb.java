package org.fazhi.web.report;

import java.time.Clock;
import org.fazhi.duty.DutyTracking;
import org.fazhi.report.AnnualReportService;
import org.fazhi.report.AnnualReports;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.fazhi.web.pages.DashboardPage;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The 法治政府建设年度报告: the JSON API (/api/reports/annual, its sections, publish and withdraw, and
 * the .docx), the pages (/reports/annual, its edit view and the .docx) and the dashboard's reminder.
 * The report itself (figures, sentences, narratives and status, the .docx) is the report module's
 * {@link AnnualReports}.
 */
public final class ReportWeb {
    private ReportWeb() {
    }

    /** @param clock the server's: today, which decides the deadline, the default year and the publication date */
    public static void register(ResourceConfig rc, CoreServices core, LawTraining training, DutyTracking duty,
                                Database db, Clock clock) {
        AnnualReportService reports = service(core, training, duty, db, clock);
        rc.register(new AnnualReportResource(core, reports));
        ReportDocxResource docx = new ReportDocxResource(core, reports);
        rc.register(new ReportDocxResource.Api(docx));
        rc.register(new ReportDocxResource.Page(docx));
        rc.register(new AnnualReportPages(core, reports));
    }

    /** The dashboard's reminder; {@code clock} decides what "today" is (the server's, or a test's). */
    public static DashboardPage.Section reminder(CoreServices core, LawTraining training, DutyTracking duty,
                                                 Database db, Clock clock) {
        return new ReportReminderSection(core, service(core, training, duty, db, clock), clock);
    }

    private static AnnualReportService service(CoreServices core, LawTraining training, DutyTracking duty,
                                               Database db, Clock clock) {
        return new AnnualReports(db, core.audit(), training, duty, clock).reports();
    }
}
