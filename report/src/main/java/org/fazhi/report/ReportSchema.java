package org.fazhi.report;

import org.fazhi.storage.migrate.MigrationSet;

/**
 * The annual report's own table (the narratives people write and the publishing status); the figures
 * come from the ledgers of law-training and duty-tracking, which this module reads together.
 */
public final class ReportSchema {
    public static final MigrationSet MIGRATIONS = MigrationSet.of("report", ReportSchema.class, "db/report",
            "V1__annual_reports.sql");

    private ReportSchema() {
    }
}
