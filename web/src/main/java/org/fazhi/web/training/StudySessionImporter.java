package org.fazhi.web.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.Scope;
import org.fazhi.training.LawTraining;
import org.fazhi.training.study.SessionImport;
import org.fazhi.training.study.StudySession;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.Sheet;
import org.fazhi.sheets.SheetReader;
import org.fazhi.storage.core.UnitNames;
import org.fazhi.web.imports.Upload;

/**
 * An uploaded study-session spreadsheet, from bytes to stored rows: read it, check every row
 * (reporting all bad ones), then hand the sessions to {@link SessionImport}, which stores all or none.
 * Shared by the API and the import page.
 */
final class StudySessionImporter {
    private final CoreServices core;
    private final LawTraining training;
    private final Clock clock;
    private final SheetReader reader = new SheetReader(SessionSheet.COLUMNS, SessionImport.MAX_ROWS);

    StudySessionImporter(CoreServices core, LawTraining training, Clock clock) {
        this.core = core;
        this.training = training;
        this.clock = clock;
    }

    /**
     * @return how many sessions were stored
     * @throws ImportRejected when the file or any row is wrong; nothing is stored then
     */
    int importFile(Actor actor, Upload upload) {
        Scope.requireWriter(actor);
        Sheet sheet = reader.read(upload.file());
        RowErrors errors = new RowErrors();
        List<StudySession> sessions = SessionSheet.read(sheet, new UnitNames(core.orgs(), actor), errors, LocalDate.now(clock));
        errors.throwIfAny();
        if (sessions.isEmpty()) {
            throw ImportProblem.file("文件中只有表头,没有学法记录");
        }
        return training.sessionImport().importAll(actor, sessions,
                new SessionImport.Source(upload.fileName(), upload.sha256(), upload.size()));
    }
}
