package org.fazhi.web.training;

import java.time.Clock;
import org.fazhi.exchange.Provenance;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.fazhi.training.sheets.ExamResultImporter;
import org.fazhi.training.sheets.StudySessionImporter;
import org.fazhi.training.sheets.TrainingTables;
import org.fazhi.web.imports.ImportRejectedMapper;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Registers import and export of study sessions and test results (.xlsx and CSV), with templates,
 * the compliance export and the import page. Imports may send up to
 * {@link org.fazhi.web.errors.BodyLimitFilter#IMPORT_LIMIT} (the filter's rule for every …/import path).
 */
public final class TrainingImports {
    private TrainingImports() {
    }

    /**
     * @param clock      the server's: the default year and the dates of exports (the module refuses future dates on its own clock)
     * @param provenance which batches are a received unit's (报送), whose import page offers no upload
     */
    public static void register(ResourceConfig rc, CoreServices core, LawTraining training, Clock clock,
                                Provenance provenance) {
        rc.register(MultiPartFeature.class);
        rc.register(new ImportRejectedMapper());
        TrainingTables tables = training.sheets().tables();
        StudySessionImporter sessions = training.sheets().sessionImporter();
        ExamResultImporter results = training.sheets().resultImporter();

        rc.register(new StudySessionTransfer.Import(sessions));
        rc.register(new StudySessionTransfer.Export(tables));
        rc.register(new StudySessionTransfer.Template(tables));
        rc.register(new ComplianceExport(tables, clock));
        rc.register(new ExamTransfer.BatchExport(tables));
        rc.register(new ExamTransfer.Template(tables));
        rc.register(new ExamTransfer.ResultImport(results));
        rc.register(new ExamTransfer.ResultExport(tables));
        rc.register(new ExamTransfer.AwaitingExport(tables, clock));
        rc.register(new StudySessionImportPage(sessions));
        rc.register(new ExamResultImportPage(results, training.exams(), provenance));
    }
}
