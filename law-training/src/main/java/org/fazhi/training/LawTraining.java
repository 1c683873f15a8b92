package org.fazhi.training;

import java.time.Clock;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.OrgService;
import org.fazhi.training.catalog.LawCatalogService;
import org.fazhi.training.exam.ExamService;
import org.fazhi.storage.figures.FigureCache;
import org.fazhi.storage.files.FileStore;
import org.fazhi.training.sheets.TrainingSheets;
import org.fazhi.training.signin.SignInService;
import org.fazhi.training.study.AttachmentService;
import org.fazhi.training.study.ComplianceService;
import org.fazhi.training.study.QuotaRuleService;
import org.fazhi.training.study.SessionExport;
import org.fazhi.training.study.SessionImport;
import org.fazhi.training.study.StudySessionService;

/** The services of this module for one database (opened with {@link LawTrainingSchema#MIGRATIONS}). */
public final class LawTraining {
    private final StudySessionService sessions;
    private final QuotaRuleService rules;
    private final ComplianceService compliance;
    private final ExamService exams;
    private final LawCatalogService laws;
    private final AttachmentService attachments;
    private final SessionImport sessionImport;
    private final SessionExport sessionExport;
    private final TrainingSheets sheets;
    private final SignInService signIn;
    private final Clock clock;

    /**
     * The services on the audit log's clock: the system clock in the ledger's zone, unless the core
     * services were given another one.
     */
    public LawTraining(Database db, AuditLog audit) {
        this(db, audit, audit.clock());
    }

    /**
     * @param clock what "today" and "now" are for this module: sessions dated after today are refused,
     *              figures are cached per day, changes are stamped; its zone should be the audit log's
     */
    public LawTraining(Database db, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.attachments = new AttachmentService(db.jdbi(), audit,
                new FileStore(db.folder().attachments().resolve(LawTrainingSchema.FILES.folder())), clock);
        this.sessions = new StudySessionService(db.jdbi(), audit, attachments, clock);
        this.rules = new QuotaRuleService(db.jdbi(), audit, clock);
        // One cache of computed figures for the module's statistics, emptied by any change (FigureCache).
        FigureCache figures = new FigureCache(clock);
        this.compliance = new ComplianceService(db.jdbi(), figures);
        this.exams = new ExamService(db.jdbi(), audit, figures, clock);
        this.laws = new LawCatalogService(db.jdbi(), audit);
        this.sessionImport = new SessionImport(db.jdbi(), audit, clock);
        this.sessionExport = new SessionExport(db.jdbi(), db.engine());
        this.signIn = new SignInService(db.jdbi(), audit, clock);
        this.sheets = new TrainingSheets(new OrgService(db.jdbi(), audit, clock), this);
    }

    /** The clock this module reads "today" from. */
    public Clock clock() {
        return clock;
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

    public ExamService exams() {
        return exams;
    }

    public AttachmentService attachments() {
        return attachments;
    }

    public LawCatalogService laws() {
        return laws;
    }

    /** Bulk import of study sessions from spreadsheets (one transaction, one audit entry). */
    public SessionImport sessionImport() {
        return sessionImport;
    }

    /** Study sessions for spreadsheet exports, streamed in one query. */
    public SessionExport sessionExport() {
        return sessionExport;
    }

    /** QR sign-in for study sessions: the window, the arrivals, the attendees they become. */
    public SignInService signIn() {
        return signIn;
    }

    /** Study sessions and exam results from and to .xlsx and CSV, as the server's pages take and give them. */
    public TrainingSheets sheets() {
        return sheets;
    }
}
