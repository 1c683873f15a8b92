package org.fazhi.reconsideration;

import java.time.LocalDate;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.model.org.Org;
import org.fazhi.reconsideration.cases.ApplicantType;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.MatterCategory;
import org.fazhi.reconsideration.cases.Procedure;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.storage.testing.TestCounty;

/**
 * The shared test county ({@link TestCounty}) with the 行政复议 ledger wired as the server wires it, on a clock
 * that stands at 2025-06-30, and cases made for the tests.
 */
public final class Reconsidering extends TestCounty {
    public final TestClock clock = TestClock.on(2025, 6, 30);
    public final Reconsiderations r;
    public final DutyTracking duty;
    private int number;

    public Reconsidering() {
        super(DutyTrackingSchema.MIGRATIONS, ReconsiderationSchema.MIGRATIONS);
        r = new Reconsiderations(ledger.database(), core.audit(), clock);
        duty = new DutyTracking(ledger.database(), core.audit(), clock);
    }

    /** A draft received on {@code received} against {@code respondent}, accepted and decided as given (null: not yet). */
    public static ReconsiderationCase draft(String caseNo, Org respondent, String received, String accepted,
                                            Procedure procedure, int extended, String decided, Decision decision,
                                            boolean corrected) {
        return ReconsiderationCase.draft(caseNo, "张某某", ApplicantType.CITIZEN, respondent.id(), MatterCategory.PENALTY,
                LocalDate.parse(received), accepted == null ? null : LocalDate.parse(accepted), null, procedure, extended,
                decided == null ? null : LocalDate.parse(decided), decision, corrected, null, null);
    }

    /** Registers a case with a fresh 案号. */
    public ReconsiderationCase decided(Org respondent, String received, String accepted, String decided, Decision decision) {
        return r.cases().create(ADMIN, draft(caseNo(received), respondent, received, accepted, Procedure.NORMAL, 0, decided,
                decision, false));
    }

    public String caseNo(String received) {
        return "清政复决字〔" + received.substring(0, 4) + "〕" + (++number) + "号";
    }
}
