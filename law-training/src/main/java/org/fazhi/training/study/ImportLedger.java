package org.fazhi.training.study;

import java.time.Clock;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.storage.imports.ImportHistory;

/**
 * The stored imports of law-training (table training_imports, see {@link ImportHistory}): a file imported before is
 * refused with {@link ImportProblem#ALREADY_IMPORTED} unless the caller forces it.
 */
public final class ImportLedger {
    public static final String SESSIONS = "study-sessions";
    public static final String RESULTS = "exam-results";

    private ImportLedger() {
    }

    /** The history of the module's imports, on the module's clock. */
    public static ImportHistory of(Clock clock) {
        return new ImportHistory("training_imports", clock, ImportProblem::alreadyImported);
    }
}
