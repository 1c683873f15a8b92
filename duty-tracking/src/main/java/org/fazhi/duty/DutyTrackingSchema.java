package org.fazhi.duty;

import org.fazhi.storage.files.ReferencedFiles;
import org.fazhi.storage.migrate.MigrationSet;

/** The tables of duty-tracking: pass {@link #MIGRATIONS} to {@code Database.open} to have them. */
public final class DutyTrackingSchema {
    public static final MigrationSet MIGRATIONS = MigrationSet.of("duty-tracking", DutyTrackingSchema.class,
            "db/duty-tracking",
            "V1__court_cases.sql",
            "V2__duties.sql",
            "V3__law_reports_rectifications.sql", "V4__duties_by_unit_kind.sql", "V5__imports.sql",
            "V6__hearing_absence_note.sql", "V7__government_only_duties.sql");

    /** Evidence files, kept under attachments/duty by SHA-256: what a backup must copy with the rows. */
    public static final ReferencedFiles FILES = new ReferencedFiles("duty",
            "SELECT sha256 FROM duty_evidence WHERE sha256 IS NOT NULL");

    private DutyTrackingSchema() {
    }
}
