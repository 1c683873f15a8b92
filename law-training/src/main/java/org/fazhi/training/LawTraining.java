package org.fazhi.training;

import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.training.catalog.LawCatalogService;
import org.fazhi.training.exam.TestService;
import org.fazhi.training.study.ComplianceService;
import org.fazhi.training.study.QuotaRuleService;
import org.fazhi.training.study.StudySessionService;

/** The services of this module for one database (opened with {@link LawTrainingSchema#MIGRATIONS}). */
public final class LawTraining {
    private final StudySessionService sessions;
    private final QuotaRuleService rules;
    private final ComplianceService compliance;
    private final TestService tests;
    private final LawCatalogService laws;

    public LawTraining(Database db, AuditLog audit) {
        this.sessions = new StudySessionService(db.jdbi(), audit);
        this.rules = new QuotaRuleService(db.jdbi(), audit);
        this.compliance = new ComplianceService(db.jdbi());
        this.tests = new TestService(db.jdbi(), audit);
        this.laws = new LawCatalogService(db.jdbi(), audit);
    }

    public StudySessionService sessions() {
        return sessions;
    }

    public QuotaRuleService rules() {
        return rules;
    }

    public ComplianceService compliance() {
        return compliance;
    }

    public TestService tests() {
        return tests;
    }

    public LawCatalogService laws() {
        return laws;
    }
}
