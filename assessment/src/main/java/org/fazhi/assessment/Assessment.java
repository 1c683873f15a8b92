package org.fazhi.assessment;

import java.time.Clock;
import org.fazhi.assessment.system.IndicatorSystemService;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;

/** The services of this module for one database (opened with {@link AssessmentSchema#MIGRATIONS}). */
public final class Assessment {
    private final IndicatorSystemService systems;
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
    }

    /** The clock this module reads "today" from. */
    public Clock clock() {
        return clock;
    }

    /** Indicator systems: versioned trees, their sheets and the shipped sample. */
    public IndicatorSystemService systems() {
        return systems;
    }
}
