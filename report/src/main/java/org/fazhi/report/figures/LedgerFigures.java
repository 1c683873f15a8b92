package org.fazhi.report.figures;

import java.util.HashSet;
import java.util.Set;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.duties.DutyProgress;
import org.fazhi.duty.duties.PersonProgress;
import org.fazhi.model.account.Actor;
import org.fazhi.training.LawTraining;
import org.fazhi.training.study.YearTally;

/**
 * Reads a year's figures of a unit subtree from the ledgers' own services, so the report counts
 * exactly what the ledgers' pages show and the actor's scope is checked by each of them.
 */
public final class LedgerFigures {
    private final LawTraining training;
    private final DutyTracking duty;

    public LedgerFigures(LawTraining training, DutyTracking duty) {
        this.training = training;
        this.duty = duty;
    }

    public YearFigures read(Actor actor, int year, long orgId) {
        AppearanceRates court = duty.appearance().rates(actor, year, orgId);
        return new YearFigures(year, study(actor, year, orgId), training.exams().stats(actor, year, orgId),
                court.denominator(), court.total(), duties(actor, year, orgId),
                duty.lawReports().summary(actor, year, orgId), duty.rectifications().summary(actor, year, orgId));
    }

    /** The year's sessions per kind, counted in SQL (a province root holds tens of thousands a year). */
    private YearTally study(Actor actor, int year, long orgId) {
        return training.compliance().yearTally(actor, year, orgId);
    }

    private DutyYear duties(Actor actor, int year, long orgId) {
        DutyProgress p = duty.duties().progress().progress(actor, year, orgId);
        Set<Long> leaders = new HashSet<>();
        for (PersonProgress person : p.people()) {
            leaders.add(person.personId());
        }
        return new DutyYear(leaders.size(), p.total());
    }
}
