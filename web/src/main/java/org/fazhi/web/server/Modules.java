package org.fazhi.web.server;

import java.util.List;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.report.ReportSchema;
import org.fazhi.storage.files.ReferencedFiles;
import org.fazhi.storage.migrate.MigrationSet;
import org.fazhi.training.LawTrainingSchema;

/** The domain modules this server runs, in the order their tables are created. */
public final class Modules {
    public static final List<MigrationSet> MIGRATIONS = List.of(LawTrainingSchema.MIGRATIONS,
            DutyTrackingSchema.MIGRATIONS, ReportSchema.MIGRATIONS);

    /** The attachment files each module's rows point at: what a backup copies besides the database. */
    public static final List<ReferencedFiles> FILES = List.of(LawTrainingSchema.FILES, DutyTrackingSchema.FILES);

    private Modules() {
    }
}
