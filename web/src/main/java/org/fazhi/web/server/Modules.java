package org.fazhi.web.server;

import java.util.List;
import java.util.Optional;
import org.fazhi.assessment.AssessmentSchema;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.exchange.ExchangeSchema;
import org.fazhi.onlineexam.OnlineExamSchema;
import org.fazhi.reconsideration.ReconsiderationSchema;
import org.fazhi.report.ReportSchema;
import org.fazhi.storage.files.ReferencedFiles;
import org.fazhi.storage.migrate.MigrationSet;
import org.fazhi.training.LawTrainingSchema;
import org.fazhi.web.assessment.AssessmentWeb;
import org.fazhi.web.duties.DutyTrackingWeb;
import org.fazhi.web.exchange.ExchangeWeb;
import org.fazhi.web.onlineexam.OnlineExamWeb;
import org.fazhi.web.reconsideration.ReconsiderationWeb;
import org.fazhi.web.report.ReportWeb;
import org.fazhi.web.training.TrainingWeb;

/**
 * The domain modules this server runs: the one place a module plugs in. Their tables are created in this
 * order, and their dashboard sections and demo records follow it.
 */
public final class Modules {
    public static final List<ServerModule> ALL = List.of(
            new ServerModule(LawTrainingSchema.MIGRATIONS, Optional.of(LawTrainingSchema.FILES), new TrainingWeb()),
            // After law-training: an online exam sits in one of its test batches.
            new ServerModule(OnlineExamSchema.MIGRATIONS, Optional.empty(), new OnlineExamWeb()),
            new ServerModule(DutyTrackingSchema.MIGRATIONS, Optional.of(DutyTrackingSchema.FILES), new DutyTrackingWeb()),
            // After duty-tracking: a deduction can open a 整改 item in its ledger.
            new ServerModule(AssessmentSchema.MIGRATIONS, Optional.of(AssessmentSchema.FILES), new AssessmentWeb()),
            // After duty-tracking: a case links the lawsuit that followed it in the court ledger.
            new ServerModule(ReconsiderationSchema.MIGRATIONS, Optional.empty(), new ReconsiderationWeb()),
            new ServerModule(ReportSchema.MIGRATIONS, Optional.empty(), new ReportWeb()),
            // Last: its tables point at the core's; a package carries the other modules' year slices.
            new ServerModule(ExchangeSchema.MIGRATIONS, Optional.empty(), new ExchangeWeb()));

    public static final List<MigrationSet> MIGRATIONS = ALL.stream().map(ServerModule::migrations).toList();

    /** The attachment files each module's rows point at: what a backup copies besides the database. */
    public static final List<ReferencedFiles> FILES = ALL.stream().flatMap(m -> m.files().stream()).toList();

    private Modules() {
    }
}
