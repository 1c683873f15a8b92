package org.fazhi.web.training;

import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers the pages of law-training (/study-sessions, /tests, the compliance board, quota rules). */
public final class TrainingPages {
    private TrainingPages() {
    }

    public static void register(ResourceConfig rc, CoreServices core, LawTraining training) {
        rc.register(new StudySessionPages(core, training.sessions(), training.attachments()));
        rc.register(new CompliancePages(core, training.compliance()));
        rc.register(new QuotaRulePages(training.rules()));
        rc.register(new TestPages(core, training.tests()));
        rc.register(new TestResultPages(core, training.tests()));
        rc.register(new StudyAttachmentPages(training.attachments()));
        rc.register(new LawCatalogPages(training.laws()));
    }
}
