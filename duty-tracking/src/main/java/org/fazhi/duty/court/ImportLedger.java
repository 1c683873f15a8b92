package org.fazhi.duty.court;

import java.time.Clock;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.storage.imports.ImportHistory;
import org.jdbi.v3.core.Handle;

/**
 * The stored imports of duty-tracking (table duty_imports, see {@link ImportHistory}): a file imported before is
 * refused with {@link ImportProblem#ALREADY_IMPORTED} unless the caller forces it.
 */
public final class ImportLedger {
    public static final String COURT = "court-cases";

    private final ImportHistory history;

    public ImportLedger(Clock clock) {
        this.history = new ImportHistory("duty_imports", clock);
    }

    /**
     * @throws ImportRejected ({@link ImportProblem#ALREADY_IMPORTED}) when the file was imported into
     *                        the same kind and target before, unless {@code force}
     */
    public void requireNew(Handle h, String sha256, String kind, Long target, boolean force) {
        history.requireNew(h, sha256, kind, target, force, e -> ImportProblem.alreadyImported(e.at(), e.username(), e.rows()));
    }

    public void record(Handle h, Actor actor, String sha256, String kind, Long target, String fileName, int rows) {
        history.record(h, actor, sha256, kind, target, fileName, rows);
    }
}
