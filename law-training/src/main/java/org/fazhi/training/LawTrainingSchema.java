package org.fazhi.training;

import org.fazhi.storage.files.ReferencedFiles;
import org.fazhi.storage.migrate.MigrationSet;

/** The tables of law-training: pass {@link #MIGRATIONS} to {@code Database.open} to have them. */
public final class LawTrainingSchema {
    public static final MigrationSet MIGRATIONS = MigrationSet.of("law-training", LawTrainingSchema.class,
            "db/law-training",
            "V1__sessions_quotas_tests.sql", "V2__imports.sql", "V3__sign_in.sql");

    /** Session materials, kept under attachments/study by SHA-256: what a backup must copy with the rows. */
    public static final ReferencedFiles FILES = new ReferencedFiles("study", "SELECT sha256 FROM study_attachments");

    private LawTrainingSchema() {
    }
}
