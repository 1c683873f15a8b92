package org.fazhi.duty;

import org.fazhi.duty.court.AppearanceService;
import org.fazhi.duty.court.CourtCaseService;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;

/** The services of this module for one database (opened with {@link DutyTrackingSchema#MIGRATIONS}). */
public final class DutyTracking {
    private final CourtCaseService courtCases;
    private final AppearanceService appearance;

    public DutyTracking(Database db, AuditLog audit) {
        this.courtCases = new CourtCaseService(db.jdbi(), audit);
        this.appearance = new AppearanceService(db.jdbi(), audit);
    }

    /** 出庭应诉 cases (one per case and 审级) and their hearings. */
    public CourtCaseService courtCases() {
        return courtCases;
    }

    /** 出庭率 and the related rates, the ranking and the 约谈 list, with their settings. */
    public AppearanceService appearance() {
        return appearance;
    }
}
