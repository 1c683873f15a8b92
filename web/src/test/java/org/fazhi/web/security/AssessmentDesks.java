package org.fazhi.web.security;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.round.Grades;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundDraft;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.model.account.Actor;
import org.fazhi.web.support.Http;

/**
 * The sweeps' assessment desks: the county's round over justice and finance on a one-leaf system, open for
 * self-assessment, with a note (carrying the attack strings) on each unit's leaf. The county is assessed in
 * no round, so its "own" evidence is the sibling's: either way the justice accounts must not reach it.
 */
final class AssessmentDesks {
    static final String CODE = "1";
    final long round;
    final long justiceEvidence;
    final long financeEvidence;

    AssessmentDesks(Ledger l) {
        Assessment a = new Assessment(l.server.server().database(), l.server.services().audit(), l.server.clock());
        IndicatorSystem system = a.systems().create(Actor.SYSTEM, "示范创建" + Ledger.TEXT, 2024, null, List.of(
                new Indicator(CODE, null, "依法行政" + Ledger.TEXT, Ledger.TEXT, new BigDecimal("10"), List.of(), List.of(),
                        false, null)));
        LocalDate today = LocalDate.now(l.server.clock());
        Round r = a.rounds().open(Actor.SYSTEM, new RoundDraft(today.getYear(), null, system.id(), l.county.id(),
                List.of(l.justice.org.id(), l.finance.org.id()), today.plusDays(30), today.plusDays(60), new BigDecimal("6"),
                new Grades(new BigDecimal("9"), new BigDecimal("8"), new BigDecimal("6")), new BigDecimal("50")));
        round = r.id();
        justiceEvidence = note(l, l.justice);
        financeEvidence = note(l, l.finance);
    }

    /** The desk of the unit in the round. */
    String desk(Ledger.Unit u) {
        return "/api/assessment-rounds/" + round + "/units/" + u.org.id();
    }

    /** The desk page of the unit in the round. */
    String page(Ledger.Unit u) {
        return "/assessment/rounds/" + round + "/units/" + u.org.id();
    }

    long evidence(Ledger l, Ledger.Unit u) {
        return u == l.justice ? justiceEvidence : financeEvidence;
    }

    private long note(Ledger l, Ledger.Unit u) {
        String mark = u.org.name().substring(0, 2);
        Http.Res r = l.admin.post(desk(u) + "/answers/" + CODE + "/evidence", Map.of("kind", "NOTE", "title", mark + Ledger.SCRIPT,
                "text", mark + Ledger.TEXT));
        if (r.status() != 201) {
            throw new AssertionError(r.status() + " " + r.body());
        }
        return r.json().get("id").asLong();
    }
}
