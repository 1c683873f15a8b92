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
 *
 * @param court          the court list, its import template and the ranking
 * @param duties         duty items and progress
 * @param accountability 年终述法 and 整改 lists
 */
public record DutySheets(CourtImporter courtImporter, CourtTables court, DutyTables duties,
                         AccountabilityTables accountability) {

    public DutySheets(OrgService orgs, DutyTracking duty) {
        this(new CourtImporter(orgs, duty.courtCases()), new CourtTables(orgs, duty),
                new DutyTables(duty.duties()), new AccountabilityTables(orgs, duty));
    }

    /**
     * Imports a court list ({@link CourtSheet}): rows of one case and 审级 become one case with its hearings.
     *
     * @throws ImportRejected when the file or any row is wrong; nothing is stored then
     */
    public CourtImporter.Imported importCourt(Actor actor, SheetFile file) {
        return courtImporter.importFile(actor, file);
    }

    /** As {@link #importCourt(Actor, SheetFile)}; {@code force} imports even a file imported before. */
    public CourtImporter.Imported importCourt(Actor actor, SheetFile file, boolean force) {
        return courtImporter.importFile(actor, file, force);
    }
}
