package org.fazhi.duty.duties;

import java.time.Clock;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.figures.FigureCache;
import org.fazhi.storage.files.FileStore;

/**
 * The 第一责任人 duty services of one database, wired together. {@code clock} decides what "today"
 * is (OVERDUE, evidence dates): the server passes the system clock in the ledger's zone, tests a fixed one.
 * Evidence files live in {@code attachments/duty} of the data folder.
 */
public final class Duties {
    private final DutyCatalogService catalog;
    private final DutyPlanService plans;
    private final DutyItemService items;
    private final EvidenceService evidence;
    private final DutyReviewService reviews;
    private final DutyProgressService progress;

    public Duties(Database db, AuditLog audit, Clock clock) {
        this(db, audit, clock, new FigureCache(clock));
    }

    /** With the module's shared cache of computed figures (see {@link FigureCache}). */
    public Duties(Database db, AuditLog audit, Clock clock, FigureCache figures) {
        this.catalog = new DutyCatalogService(db.jdbi(), audit, clock);
        this.plans = new DutyPlanService(db.jdbi(), audit, clock);
        this.items = new DutyItemService(db.jdbi(), audit, clock, figures);
        this.evidence = new EvidenceService(db.jdbi(), audit, new FileStore(db.folder().attachments().resolve(org.fazhi.duty.DutyTrackingSchema.FILES.folder())), clock);
        this.reviews = new DutyReviewService(db.jdbi(), audit, clock);
        this.progress = new DutyProgressService(db.jdbi(), clock, figures);
    }

    /** The versioned catalogue: the list for a year, the versions, publishing a new one (admins). */
    public DutyCatalogService catalog() {
        return catalog;
    }

    /** Yearly plans: one item per catalogue entry per leader the entry applies to; idempotent. */
    public DutyPlanService plans() {
        return plans;
    }

    /** Duty items: list, detail, edits with optimistic versions. */
    public DutyItemService items() {
        return items;
    }

    /** Files, links and notes proving an item. */
    public EvidenceService evidence() {
        return evidence;
    }

    /** Submit, approve, return. */
    public DutyReviewService reviews() {
        return reviews;
    }

    /** The progress board per leader, unit and subtree. */
    public DutyProgressService progress() {
        return progress;
    }
}
