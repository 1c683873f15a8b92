package org.fazhi.report.figures;

import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.fazhi.assessment.round.ResultService;
import org.fazhi.assessment.round.Results;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundService;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.figures.FigureCache;
import org.jdbi.v3.core.Jdbi;

/**
 * The 示范创建 assessment a unit ran in a year, as the assessment module counts it: the results of the round the
 * unit opened as the assessing unit (the last one opened, should it have opened several). A unit only assessed by
 * another's round reports nothing here: the assessing unit's report states the round.
 */
public final class AssessmentYear {
    private final RoundService rounds;
    private final ResultService results;

    public AssessmentYear(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.rounds = new RoundService(jdbi, audit, clock);
        this.results = new ResultService(jdbi, new FigureCache(clock));
    }

    /** A round and its results. */
    public record Assessed(Round round, Results results) {
    }

    /** The results of the round {@code orgId} opened for {@code year}, if it opened one the actor sees. */
    public Optional<Assessed> read(Actor actor, int year, long orgId) {
        return rounds.list(actor, year).stream().filter(r -> r.orgId() == orgId).max(Comparator.comparingLong(Round::id))
                .map(r -> new Assessed(r, results.results(actor, r.id())));
    }
}
