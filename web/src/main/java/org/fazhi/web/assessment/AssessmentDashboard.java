package org.fazhi.web.assessment;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.round.Results;
import org.fazhi.assessment.round.Round;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.pages.PageModel;

/**
 * 示范创建 on the dashboard: the latest round of the chosen year the user sees (of the chosen unit, when one
 * is chosen): units assessed, units meeting the standard, their share against the target, and the results.
 */
record AssessmentDashboard(Assessment assessment) implements DashboardPage.Section {
    @Override
    public void addTo(DashboardPage.Choice c, PageModel page) {
        Round latest = RoundResource.rounds(assessment, c.actor(), c.year(), c.orgId()).stream()
                .max(Comparator.comparingLong(Round::id)).orElse(null);
        if (latest == null) {
            return;
        }
        Results r = assessment.results().results(c.actor(), latest.id());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", c.year());
        m.put("title", latest.title());
        // The counts and the target are the whole round's (a county's 示范创建 target is met by the round, not a unit):
        // with a unit chosen, or for a user of one unit, the card says so and adds that unit's own standing.
        Long unit = c.orgId() != null ? c.orgId() : c.actor().scopeOrgId();
        m.put("wholeRound", unit != null);
        r.units().stream().filter(u -> unit != null && u.orgId() == unit).findFirst()
                .ifPresent(u -> m.put("unit", AssessmentPages.UnitLine.of(u)));
        m.put("unconfirmed", AssessmentPages.unconfirmed(r));
        m.put("assessed", r.assessed());
        m.put("met", r.met());
        m.put("share", r.share().toPlainString() + "%");
        m.put("target", r.target().stripTrailingZeros().toPlainString() + "%");
        m.put("reached", r.reached());
        m.put("href", "/assessment/rounds/" + latest.id() + "/results");
        page.put("assessmentCard", m);
    }
}
