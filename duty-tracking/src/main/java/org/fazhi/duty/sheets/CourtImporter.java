package org.fazhi.duty.sheets;

import org.fazhi.duty.court.CourtCaseService;
import org.fazhi.duty.court.CourtImport;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.ImportSource;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.SheetReader;
import org.fazhi.storage.core.OrgService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.UnitNames;

/**
 * An uploaded court list, from bytes to stored cases and hearings: read it, check every row (reporting
 * all bad ones), group the rows into cases, then hand them to {@link CourtImport}, which checks what
 * needs the database (registered cases, hearing dates already recorded, scope) and stores all or none.
 * Shared by the API, the import page and any caller of this module.
 */
public final class CourtImporter {
    private final OrgService orgs;
    private final CourtCaseService cases;
    private final SheetReader reader = new SheetReader(CourtSheet.COLUMNS, CourtImport.MAX_ROWS);

    public CourtImporter(OrgService orgs, CourtCaseService cases) {
        this.orgs = orgs;
        this.cases = cases;
    }

    /**
     * {imported: rows of the file, cases: cases newly registered, hearings: hearings stored, existingCases:
     * cases already registered that got hearings added, outcomesUpdated: registered cases, 未结 until now,
     * that took the file's 裁判结果}.
     */
    public record Imported(int imported, int cases, int hearings, int existingCases, int outcomesUpdated) {
    }

    /** @throws ImportRejected when the file or any row is wrong; nothing is stored then */
    public Imported importFile(Actor actor, SheetFile upload) {
        return importFile(actor, upload, false);
    }

    /**
     * The template's example rows are skipped; a file holding only them is refused.
     *
     * @param force import even a file imported before
     * @throws ImportRejected when the file or any row is wrong, or the file was imported before (unless
     *                        forced); nothing is stored then
     */
    public Imported importFile(Actor actor, SheetFile upload, boolean force) {
        Scope.requireWriter(actor);
        CourtSheet.Parsed parsed = reader.readData(upload, "出庭应诉记录",
                (sheet, errors) -> CourtSheet.read(sheet, new UnitNames(orgs, actor), errors), p -> p.cases().isEmpty());
        try {
            CourtImport.Result r = cases.importAll(actor, parsed.cases(),
                    ImportSource.of(upload), force);
            return new Imported(parsed.rows(), r.cases(), r.hearings(), r.existing(), r.outcomes());
        } catch (CourtImport.Rejected e) {
            RowErrors errors = new RowErrors();
            e.problems().forEach(p -> errors.add(p.row(), CourtSheet.column(p.field()), p.message()));
            throw errors.rejection();
        }
    }
}
