package org.fazhi.reconsideration;

import org.fazhi.storage.migrate.MigrationSet;

/**
 * The tables of the 行政复议 ledger: pass {@link #MIGRATIONS} to {@code Database.open} to have them, after
 * duty-tracking's ({@code DutyTrackingSchema.MIGRATIONS}): a case links the lawsuit that followed it.
 */
public final class ReconsiderationSchema {
    public static final MigrationSet MIGRATIONS = MigrationSet.of("reconsideration", ReconsiderationSchema.class,
            "db/reconsideration", "V1__cases.sql", "V2__figure_indexes.sql");

    private ReconsiderationSchema() {
    }
}
