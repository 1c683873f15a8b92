package org.fazhi.reconsideration;

import java.time.Clock;
import org.fazhi.reconsideration.cases.CaseImport;
import org.fazhi.reconsideration.cases.CaseService;
import org.fazhi.reconsideration.sheets.CaseSheets;
import org.fazhi.reconsideration.stats.StatsService;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.OrgService;
import org.fazhi.storage.figures.FigureCache;

/**
 * The 行政复议 ledger's services over one database, wired as the server wires them: the cases, their
 * statistics and the setting they divide by, and the ledger as spreadsheets.
 */
public final class Reconsiderations {
    private final CaseService cases;
    private final StatsService stats;
    private final CaseSheets sheets;
    private final Clock clock;

    /** The services on the audit log's clock. */
    public Reconsiderations(Database db, AuditLog audit) {
        this(db, audit, audit.clock());
    }

    /**
     * @param clock what "today" and "now" are for this module: days left and overdue cases, dates refused as
     *              future, the stamps of changes; its zone should be the audit log's
     */
    public Reconsiderations(Database db, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.cases = new CaseService(db.jdbi(), audit, clock);
        this.stats = new StatsService(db.jdbi(), audit, clock, new FigureCache(clock));
        this.sheets = new CaseSheets(new OrgService(db.jdbi(), audit, clock), cases,
                new CaseImport(db.jdbi(), audit, clock, cases), clock);
    }

    public Clock clock() {
        return clock;
    }

    /** The cases: list, read, register, update, delete, and the lawsuit links. */
    public CaseService cases() {
        return cases;
    }

    /** A year's 受理率, 按期结案率, 纠错率 and counts, and the 纠错率 denominator setting. */
    public StatsService stats() {
        return stats;
    }

    /** Import, export and template as .xlsx/CSV. */
    public CaseSheets sheets() {
        return sheets;
    }
}
