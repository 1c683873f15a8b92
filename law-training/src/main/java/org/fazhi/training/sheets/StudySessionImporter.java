package org.fazhi.training.sheets;

import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.ImportSource;
import org.fazhi.sheets.Sheet;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.SheetReader;
import org.fazhi.storage.core.OrgService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.UnitNames;
import org.fazhi.training.LawTraining;
import org.fazhi.training.study.SessionImport;
import org.fazhi.training.study.StudySession;

/**
 * An uploaded study-session spreadsheet, from bytes to stored rows: read it, check every row
 * (reporting all bad ones), then hand the sessions to {@link SessionImport}, which stores all or none.
 * Shared by the API, the import page and any caller of this module.
 */
public final class StudySessionImporter {
    private final OrgService orgs;
    private final LawTraining training;
    private final SheetReader reader = new SheetReader(SessionSheet.COLUMNS, SessionImport.MAX_ROWS);

    public StudySessionImporter(OrgService orgs, LawTraining training) {
        this.orgs = orgs;
        this.training = training;
    }

    /**
     * @return how many sessions were stored
     * @throws ImportRejected when the file or any row is wrong; nothing is stored then
     */
    public int importFile(Actor actor, SheetFile upload) {
        return importFile(actor, upload, false);
    }

    /**
     * @param force import even a file imported before, and rows repeating stored sessions
     * @return how many sessions were stored
     * @throws ImportRejected when the file or any row is wrong, the file was imported before or a row
     *                        repeats a stored session (unless forced); nothing is stored then
     */
    public int importFile(Actor actor, SheetFile upload, boolean force) {
        Scope.requireWriter(actor);
        Parsed parsed = reader.readData(upload, "学法记录", (sheet, errors) -> new Parsed(
                SessionSheet.read(sheet, new UnitNames(orgs, actor), errors, training.sessions().today()),
                sheet.rows().stream().map(Sheet.Row::number).toList()), p -> p.sessions().isEmpty());
        return training.sessionImport().importAll(actor, parsed.sessions(), ImportSource.of(upload), parsed.rows(), force);
    }

    /** The file's sessions and the spreadsheet rows they were read from. */
    private record Parsed(List<StudySession> sessions, List<Integer> rows) {
    }
}
