package org.fazhi.web.training;

import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers the JSON API of law-training (study sessions, compliance, quota rules, test batches and results, statistics, law catalogue). */
public final class TrainingApi {
    private TrainingApi() {
    }

    public static void register(ResourceConfig rc, CoreServices core, LawTraining training) {
        rc.register(new StudySessionResource(training.sessions()));
        rc.register(new ComplianceResource(training.compliance()));
        rc.register(new QuotaRuleResource(training.rules()));
        rc.register(new TestBatchResource(training.tests()));
        rc.register(new TestResultResource(training.tests()));
        rc.register(new LawCatalogResource(training.laws()));
        rc.register(new AttachmentResource(training.attachments()));
        rc.register(new AttachmentFileResource(training.attachments()));
    }
}
