package org.fazhi.training;

import org.fazhi.storage.migrate.MigrationSet;

/** The tables of law-training: pass {@link #MIGRATIONS} to {@code Database.open} to have them. */
public final class LawTrainingSchema {
    public static final MigrationSet MIGRATIONS = MigrationSet.of("law-training", LawTrainingSchema.class,
            "db/law-training",
            "V1__sessions_quotas_tests.sql");

    private LawTrainingSchema() {
    }
}
