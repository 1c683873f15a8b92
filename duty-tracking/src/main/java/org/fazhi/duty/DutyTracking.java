package org.fazhi.duty;

import java.time.Clock;
import org.fazhi.duty.court.AppearanceService;
import org.fazhi.duty.court.CourtCaseService;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.lawreport.LawReportService;
import org.fazhi.duty.rectify.RectificationService;
import org.fazhi.duty.sheets.DutySheets;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.OrgService;
import org.fazhi.storage.figures.FigureCache;

/** The services of this module for one database (opened with {@link DutyTrackingSchema#MIGRATIONS}). */
public final class DutyTracking {
    private final CourtCaseService courtCases;
    private final AppearanceService appearance;
    private final Duties duties;
    private final LawReportService lawReports;
    private final RectificationService rectifications;
    private final DutySheets sheets;
    private final Clock clock;

    /**
     * The services on the audit log's clock: the system clock in the ledger's zone, unless the core
     * services were given another one.
     */
    public DutyTracking(Database db, AuditLog audit) {
        this(db, audit, audit.clock());
    }

    /**
     * @param clock what "today" and "now" are for this module: overdue items and 整改, this year's
     *              duties, dates refused as future, figures cached per day, the stamps of changes; its
     *              zone should be the audit log's
     */
    public DutyTracking(Database db, AuditLog audit, Clock clock) {
        this.clock = clock;
        // One cache of computed figures for the module's statistics, emptied by any change (FigureCache).
        FigureCache figures = new FigureCache(clock);
        this.courtCases = new CourtCaseService(db.jdbi(), db.engine(), audit, clock, figures);
        this.appearance = new AppearanceService(db.jdbi(), db.engine(), audit, clock, figures);
        this.duties = new Duties(db, audit, clock, figures);
        this.lawReports = new LawReportService(db.jdbi(), audit, clock, figures);
        this.rectifications = new RectificationService(db.jdbi(), audit, clock, figures);
        this.sheets = new DutySheets(new OrgService(db.jdbi(), audit, clock), this);
    }

    /** The clock this module reads "today" from. */
    public Clock clock() {
        return clock;
    }

    /** 出庭应诉 cases (one per case and 审级) and their hearings. */
    public CourtCaseService courtCases() {
        return courtCases;
    }

    /** 出庭率 and the related rates, the ranking and the 约谈 list, with their settings. */
    public AppearanceService appearance() {
        return appearance;
    }

    /** 第一责任人 duties: catalogue, plans, items, evidence, review and progress. */
    public Duties duties() {
        return duties;
    }

    /** 年终述法 records, one per leader and year, and the year's figures. */
    public LawReportService lawReports() {
        return lawReports;
    }

    /** The 整改 ledger through to 销号, with overdue judged in the ledger's time zone. */
    public RectificationService rectifications() {
        return rectifications;
    }

    /** The court list from and to .xlsx and CSV, and the other lists' exports, as the server's pages give them. */
    public DutySheets sheets() {
        return sheets;
    }
}
