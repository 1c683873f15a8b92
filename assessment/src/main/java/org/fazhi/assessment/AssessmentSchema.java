package org.fazhi.assessment;

import org.fazhi.storage.migrate.MigrationSet;

/** The tables of assessment: pass {@link #MIGRATIONS} to {@code Database.open} to have them. */
public final class AssessmentSchema {
    public static final MigrationSet MIGRATIONS = MigrationSet.of("assessment", AssessmentSchema.class,
            "db/assessment",
            "V1__systems_and_rounds.sql");

    private AssessmentSchema() {
    }
}
