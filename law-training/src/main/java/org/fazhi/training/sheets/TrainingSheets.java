package org.fazhi.training.sheets;

import org.fazhi.model.account.Actor;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.SheetFile;
import org.fazhi.storage.core.OrgService;
import org.fazhi.training.LawTraining;

/**
 * The module's spreadsheets, the same files the server's pages and API take and give: study sessions
 * and exam results in (.xlsx, .xls or CSV, all rows or none, every bad row reported), and every list out
 * ({@link TrainingTables}, written with {@link org.fazhi.sheets.TableWriter}).
 *
 * @param tables the exports and import templates
 */
public record TrainingSheets(StudySessionImporter sessionImporter, ExamResultImporter resultImporter,
                             TrainingTables tables) {

    public TrainingSheets(OrgService orgs, LawTraining training) {
        this(new StudySessionImporter(orgs, training), new ExamResultImporter(orgs, training.exams()),
                new TrainingTables(orgs, training));
    }

    /**
     * Imports a study-session sheet ({@link SessionSheet}); a session dated after today is refused.
     *
     * @return how many sessions were stored
     * @throws ImportRejected when the file or any row is wrong; nothing is stored then
     */
    public int importSessions(Actor actor, SheetFile file) {
        return sessionImporter.importFile(actor, file);
    }

    /**
     * Imports an exam-result sheet ({@link ResultSheet}) into one batch.
     *
     * @return how many results were stored
     * @throws ImportRejected when the file or any row is wrong; nothing is stored then
     */
    public int importResults(Actor actor, long batchId, SheetFile file) {
        return resultImporter.importFile(actor, batchId, file);
    }

    /** As {@link #importSessions(Actor, SheetFile)}; {@code force} imports a file seen before and rows repeating stored sessions. */
    public int importSessions(Actor actor, SheetFile file, boolean force) {
        return sessionImporter.importFile(actor, file, force);
    }

    /** As {@link #importResults(Actor, long, SheetFile)}; {@code force} imports a file seen before. */
    public int importResults(Actor actor, long batchId, SheetFile file, boolean force) {
        return resultImporter.importFile(actor, batchId, file, force);
    }
}
