package org.fazhi.duty.duties;

import java.time.Clock;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.figures.FigureCache;
import org.fazhi.storage.files.FileStore;

/**
 * The 第一责任人 duty services of one database, wired together. {@code clock} decides what "today"
 * is (OVERDUE, evidence dates): the server passes the system clock in the ledger's zone, tests a fixed one.
 * Evidence files live in {@code attachments/duty} of the data folder.
 *
 * @param catalog  the versioned catalogue: the list for a year, the versions, publishing a new one (admins)
 * @param plans    yearly plans: one item per catalogue entry per leader the entry applies to; idempotent
 * @param items    duty items: list, detail, edits with optimistic versions
 * @param evidence files, links and notes proving an item
 * @param reviews  submit, approve, return
 * @param progress the progress board per leader, unit and subtree
 */
public record Duties(DutyCatalogService catalog, DutyPlanService plans, DutyItemService items,
                     EvidenceService evidence, DutyReviewService reviews, DutyProgressService progress) {

    public Duties(Database db, AuditLog audit, Clock clock) {
        this(db, audit, clock, new FigureCache(clock));
    }

    /** With the module's shared cache of computed figures (see {@link FigureCache}). */
    public Duties(Database db, AuditLog audit, Clock clock, FigureCache figures) {
        this(new DutyCatalogService(db.jdbi(), audit, clock),
                new DutyPlanService(db.jdbi(), audit, clock),
                new DutyItemService(db.jdbi(), audit, clock, figures),
                new EvidenceService(db.jdbi(), audit,
                        new FileStore(db.folder().attachments().resolve(DutyTrackingSchema.FILES.folder())), clock),
                new DutyReviewService(db.jdbi(), audit, clock),
                new DutyProgressService(db.jdbi(), clock, figures));
    }
}
