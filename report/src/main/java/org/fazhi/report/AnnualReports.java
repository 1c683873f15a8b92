package org.fazhi.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import org.fazhi.duty.DutyTracking;
import org.fazhi.report.docx.ReportDocx;
import org.fazhi.report.figures.LedgerFigures;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.training.LawTraining;

/**
 * The services of this module for one database (opened with {@link ReportSchema#MIGRATIONS} beside the
 * law-training and duty-tracking ones): the annual reports, whose figures are read from {@code training}
 * and {@code duty}, and their Word file.
 */
public final class AnnualReports {
    private final LedgerFigures figures;
    private final AnnualReportService reports;

    /** "Today" is the audit log's clock, as in the ledgers' own services (the system clock unless one was given). */
    public AnnualReports(Database db, AuditLog audit, LawTraining training, DutyTracking duty) {
        this(db, audit, training, duty, audit.clock());
    }

    /** @param clock decides what "today" is: the default publishing date, and the latest one allowed */
    public AnnualReports(Database db, AuditLog audit, LawTraining training, DutyTracking duty, Clock clock) {
        this(db, audit, training, duty, clock, YearCoverage.WHOLE);
    }

    /** @param coverage which years of a subtree this ledger holds whole: the year before is compared only then */
    public AnnualReports(Database db, AuditLog audit, LawTraining training, DutyTracking duty, Clock clock,
                         YearCoverage coverage) {
        this.figures = new LedgerFigures(training, duty);
        this.reports = new AnnualReportService(db.jdbi(), audit, figures, clock, coverage);
    }

    /** 法治政府建设年度报告: read (figures live, or frozen once published), save narratives, publish, withdraw. */
    public AnnualReportService reports() {
        return reports;
    }

    /** A year's figures of a unit subtree as the ledgers count them, before they become sentences. */
    public LedgerFigures figures() {
        return figures;
    }

    /** Writes {@code report} as a .docx in the layout of official documents, a draft dated today. */
    public void docx(AnnualReport report, OutputStream out) throws IOException {
        ReportDocx.write(report, reports.today(), out);
    }
}
