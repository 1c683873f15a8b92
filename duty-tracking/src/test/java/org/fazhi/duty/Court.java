package org.fazhi.duty;

import java.time.LocalDate;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.court.Instance;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.storage.core.AuditEntry;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestActors;

/**
 * A small county on a real SQLite file, with this module's services wired as the server wires them:
 *
 * <pre>
 * 清河县人民政府 (county, COUNTY_GOV)           另一县人民政府 (county2, COUNTY_GOV)
 * ├── 县司法局 (justice, DEPARTMENT)             └── 县教育局 (education2, DEPARTMENT)
 * │   └── 公证处 (notary, UNIT)
 * ├── 县财政局 (finance, DEPARTMENT)
 * └── 城关镇人民政府 (town, TOWNSHIP)
 * </pre>
 */
public final class Court implements AutoCloseable {
    /** An admin; its id belongs to no stored account. */
    public static final Actor ADMIN = new Actor(900, "admin", Role.ADMIN, null);

    public final TempLedger ledger;
    public final CoreServices core;
    public final DutyTracking duty;
    public final Org county;
    public final Org justice;
    public final Org notary;
    public final Org finance;
    public final Org town;
    public final Org county2;
    public final Org education2;
    private int caseNumber;

    public Court() {
        ledger = new TempLedger(DutyTrackingSchema.MIGRATIONS);
        try {
            core = ledger.services();
            duty = new DutyTracking(ledger.database(), core.audit());
            county = org("清河县人民政府", OrgKind.COUNTY_GOV, null);
            justice = org("县司法局", OrgKind.DEPARTMENT, county);
            notary = org("公证处", OrgKind.UNIT, justice);
            finance = org("县财政局", OrgKind.DEPARTMENT, county);
            town = org("城关镇人民政府", OrgKind.TOWNSHIP, county);
            county2 = org("另一县人民政府", OrgKind.COUNTY_GOV, null);
            education2 = org("县教育局", OrgKind.DEPARTMENT, county2);
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    public static Actor organiser(Org scope) {
        return TestActors.organiser(scope);
    }

    public static Actor viewer(Org scope) {
        return TestActors.viewer(scope);
    }

    public Org org(String name, OrgKind kind, Org parent) {
        return ledger.org(name, kind, parent);
    }

    /** A new first-instance case of {@code defendant} with a fresh case number. */
    public CourtCase newCase(Org defendant) {
        return newCase(defendant, "(2024)皖0101行初" + (++caseNumber) + "号", Instance.FIRST);
    }

    public CourtCase newCase(Org defendant, String caseNo, Instance instance) {
        return duty.courtCases().create(ADMIN, CourtCase.draft(caseNo, "清河县人民法院", instance, defendant.id(),
                "行政处罚", LocalDate.of(2020, 1, 1)));
    }

    /** Adds a hearing at which a head of {@code category} appeared (and spoke). */
    public Hearing appeared(CourtCase c, String date, LeaderCategory category) {
        return duty.courtCases().addHearing(ADMIN, c.id(),
                Hearing.appeared(LocalDate.parse(date), null, "某负责人", "局长", category, true)).hearing();
    }

    /** Adds a hearing at which no head appeared. */
    public Hearing absent(CourtCase c, String date, AbsenceReason reason) {
        return duty.courtCases().addHearing(ADMIN, c.id(),
                Hearing.absent(LocalDate.parse(date), null, reason, "李科员", false)).hearing();
    }

    /** The audit lines written about one record, newest first. */
    public java.util.List<AuditEntry> audit(String entity, Long entityId) {
        return core.audit().find(ADMIN, new AuditFilter(null, entity, entityId, null, null, null), Page.FIRST).items();
    }

    @Override
    public void close() {
        ledger.close();
    }
}
