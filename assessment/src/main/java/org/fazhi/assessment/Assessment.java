package org.fazhi.assessment;

import java.time.Clock;
import org.fazhi.assessment.round.AnswerEvidenceService;
import org.fazhi.assessment.round.AnswerService;
import org.fazhi.assessment.round.ResultService;
import org.fazhi.assessment.round.ReviewService;
import org.fazhi.assessment.round.RoundService;
import org.fazhi.assessment.system.IndicatorSystemService;
import org.fazhi.duty.rectify.RectificationService;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.figures.FigureCache;
import org.fazhi.storage.files.FileStore;

/** The services of this module for one database (opened with {@link AssessmentSchema#MIGRATIONS}). */
public final class Assessment {
    private final IndicatorSystemService systems;
    private final RoundService rounds;
    private final AnswerService answers;
    private final AnswerEvidenceService evidence;
    private final ReviewService review;
    private final ResultService results;
    private final Clock clock;

    /** The services on the audit log's clock. */
    public Assessment(Database db, AuditLog audit) {
        this(db, audit, audit.clock());
    }

    /**
     * @param clock what "today" and "now" are for this module: deadlines are judged on it, changes are
     *              stamped with it; its zone should be the audit log's
     */
    public Assessment(Database db, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.systems = new IndicatorSystemService(db.jdbi(), audit, clock);
        this.rounds = new RoundService(db.jdbi(), audit, clock);
        this.answers = new AnswerService(db.jdbi(), audit, clock);
        this.evidence = new AnswerEvidenceService(db.jdbi(), audit,
                new FileStore(db.folder().attachments().resolve(AssessmentSchema.FILES.folder())), clock);
        // A deduction opens a 整改 item in duty-tracking's ledger (its tables must be opened with this module's).
        this.review = new ReviewService(db.jdbi(), audit, clock, new RectificationService(db.jdbi(), audit, clock));
        // Results are kept until the ledger changes (FigureCache: the audit log's revision).
        this.results = new ResultService(db.jdbi(), new FigureCache(clock));
    }

    /** The clock this module reads "today" from. */
    public Clock clock() {
        return clock;
    }

    /** Indicator systems: versioned trees, their sheets and the shipped sample. */
    public IndicatorSystemService systems() {
        return systems;
    }

    /** Rounds: opened by an assessing unit over the units below it, on a pinned system version. */
    public RoundService rounds() {
        return rounds;
    }

    /** Self-assessment: answers per unit and leaf, and submission. */
    public AnswerService answers() {
        return answers;
    }

    /** The answers' 佐证材料: files (under attachments/assessment), links and notes. */
    public AnswerEvidenceService evidence() {
        return evidence;
    }

    /** Review: scores with reasons, 补充材料, confirmation, 典型经验做法, 整改 items opened from deductions. */
    public ReviewService review() {
        return review;
    }

    /** Results: totals, grades, ranks, the share meeting the standard, the weakest leaves, the score matrix. */
    public ResultService results() {
        return results;
    }
}
