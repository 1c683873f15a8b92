package org.fazhi.web.training;

import java.time.Clock;
import org.fazhi.exchange.Provenance;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers the pages of law-training (/study-sessions, /tests, the compliance board, quota rules). */
public final class TrainingPages {
    private TrainingPages() {
    }

    /**
     * @param clock the server's: what "today" and "this year" are on the pages
     * @param provenance where received (报送) records came from, for the notice on their pages
     */
    public static void register(ResourceConfig rc, CoreServices core, LawTraining training, Clock clock, Provenance provenance) {
        StudySessionPages sessions = new StudySessionPages(core, training.sessions(), training.attachments(), clock, provenance);
        rc.register(sessions);
        rc.register(new CompliancePages(core, training.compliance(), clock));
        rc.register(new QuotaRulePages(training.rules()));
        rc.register(new ExamPages(core, training.exams(), clock, provenance));
        rc.register(new ExamResultPages(core, training.exams(), new ExamBatchView(core, training.exams(), provenance)));
        rc.register(new StudyAttachmentPages(training.attachments(), sessions));
        rc.register(new LawCatalogPages(training.laws()));
    }
}
