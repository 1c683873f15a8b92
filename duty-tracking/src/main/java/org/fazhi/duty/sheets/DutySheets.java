package org.fazhi.duty.sheets;

import org.fazhi.duty.DutyTracking;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.SheetFile;
import org.fazhi.storage.core.OrgService;

/**
 * The module's spreadsheets, the same files the server's pages and API take and give: the 出庭应诉
 * court list in (.xlsx, .xls or CSV, all rows or none, every bad row reported) and out, and the exports of
 * duties, 述法 and 整改 (written with {@link org.fazhi.sheets.TableWriter}).
 */
public final class DutySheets {
    private final CourtImporter court;
    private final CourtTables courtTables;
    private final DutyTables dutyTables;
    private final AccountabilityTables accountabilityTables;

    public DutySheets(OrgService orgs, DutyTracking duty) {
        this.court = new CourtImporter(orgs, duty.courtCases());
        this.courtTables = new CourtTables(orgs, duty, duty.clock());
        this.dutyTables = new DutyTables(duty.duties());
        this.accountabilityTables = new AccountabilityTables(orgs, duty, duty.clock());
    }

    /**
     * Imports a court list ({@link CourtSheet}): rows of one case and 审级 become one case with its hearings.
     *
     * @throws ImportRejected when the file or any row is wrong; nothing is stored then
     */
    public CourtImporter.Imported importCourt(Actor actor, SheetFile file) {
        return court.importFile(actor, file);
    }

    /** As {@link #importCourt(Actor, SheetFile)}; {@code force} imports even a file imported before. */
    public CourtImporter.Imported importCourt(Actor actor, SheetFile file, boolean force) {
        return court.importFile(actor, file, force);
    }

    public CourtImporter courtImporter() {
        return court;
    }

    /** The court list, its import template and the ranking. */
    public CourtTables court() {
        return courtTables;
    }

    /** Duty items and progress. */
    public DutyTables duties() {
        return dutyTables;
    }

    /** 年终述法 and 整改 lists. */
    public AccountabilityTables accountability() {
        return accountabilityTables;
    }
}
