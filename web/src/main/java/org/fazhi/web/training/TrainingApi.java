package org.fazhi.web.training;

import java.time.Clock;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers the JSON API of law-training (study sessions, compliance, quota rules, test batches and results, statistics, law catalogue). */
public final class TrainingApi {
    private TrainingApi() {
    }

    /** @param clock the server's: the year asked for when none is given, and the day compliance is judged on */
    public static void register(ResourceConfig rc, CoreServices core, LawTraining training, Clock clock) {
        rc.register(new StudySessionResource(training.sessions()));
        rc.register(new ComplianceResource(training.compliance(), clock));
        rc.register(new QuotaRuleResource(training.rules()));
        rc.register(new ExamBatchResource(training.exams()));
        rc.register(new ExamResultResource(training.exams(), clock));
        rc.register(new LawCatalogResource(training.laws()));
        rc.register(new AttachmentResource(training.attachments()));
        rc.register(new AttachmentFileResource(training.attachments()));
    }
}
