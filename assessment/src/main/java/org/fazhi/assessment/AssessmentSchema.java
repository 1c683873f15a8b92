package org.fazhi.assessment;

import org.fazhi.storage.files.ReferencedFiles;
import org.fazhi.storage.migrate.MigrationSet;

/**
 * The tables of assessment: pass {@link #MIGRATIONS} to {@code Database.open} to have them, after
 * duty-tracking's ({@code DutyTrackingSchema.MIGRATIONS}): a deduction opens a 整改 item in its ledger.
 */
public final class AssessmentSchema {
    public static final MigrationSet MIGRATIONS = MigrationSet.of("assessment", AssessmentSchema.class,
            "db/assessment",
            "V1__systems_and_rounds.sql", "V2__answers_evidence.sql", "V3__review.sql", "V4__record_evidence.sql",
            "V5__result_indexes.sql");

    /** Evidence files, kept under attachments/assessment by SHA-256: what a backup must copy with the rows. */
    public static final ReferencedFiles FILES = new ReferencedFiles("assessment",
            "SELECT sha256 FROM assessment_evidence WHERE sha256 IS NOT NULL");

    private AssessmentSchema() {
    }
}
