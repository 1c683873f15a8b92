package org.fazhi.web.report;

import java.util.HashSet;
import java.util.Set;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.duties.DutyProgress;
import org.fazhi.duty.duties.PersonProgress;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.training.LawTraining;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudySession;

/**
 * Reads a year's figures of a unit subtree from the ledgers' own services, so the report counts
 * exactly what the ledgers' pages show and the actor's scope is checked by each of them.
 */
final class LedgerFigures {
    private final LawTraining training;
    private final DutyTracking duty;

    LedgerFigures(LawTraining training, DutyTracking duty) {
        this.training = training;
        this.duty = duty;
    }

    YearFigures read(Actor actor, int year, long orgId) {
        AppearanceRates court = duty.appearance().rates(actor, year, orgId);
        return new YearFigures(year, study(actor, year, orgId), training.tests().stats(actor, year, orgId),
                court.denominator(), court.total(), duties(actor, year, orgId),
                duty.lawReports().summary(actor, year, orgId), duty.rectifications().summary(actor, year, orgId));
    }

    /** Every session of the year in the subtree, a page at a time (a county holds a few hundred a year). */
    private StudyTally study(Actor actor, int year, long orgId) {
        SessionFilter filter = new SessionFilter(orgId, year, null, null);
        StudyTally tally = StudyTally.NONE;
        int offset = 0;
        while (true) {
            PageResult<StudySession> page = training.sessions().list(actor, filter, new Page(Page.MAX_LIMIT, offset));
            for (StudySession s : page.items()) {
                tally = tally.plus(s);
            }
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return tally;
            }
        }
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
