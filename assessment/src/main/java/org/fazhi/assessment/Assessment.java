package org.fazhi.assessment;

import java.time.Clock;
import org.fazhi.assessment.round.AnswerEvidenceService;
import org.fazhi.assessment.round.AnswerService;
import org.fazhi.assessment.round.RoundService;
import org.fazhi.assessment.system.IndicatorSystemService;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.files.FileStore;

/** The services of this module for one database (opened with {@link AssessmentSchema#MIGRATIONS}). */
public final class Assessment {
    private final IndicatorSystemService systems;
    private final RoundService rounds;
    private final AnswerService answers;
    private final AnswerEvidenceService evidence;
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
}
