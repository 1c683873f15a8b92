package org.fazhi.web.court;

import java.math.BigDecimal;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.court.RateFigures;

/**
 * The figures on top of the list, the ranking and the 通报 (template partial court-summary): 出庭率 with
 * its counts, 正职出庭率, 出声率, 败诉率 and the no-shows, for one period and unit.
 */
public record RateSummary(String period, String denominator, long heard, long appeared, String rate, boolean low,
                          String principalRate, long principalAppeared, String spokeRate, long spoke, String lossRate,
                          long lost, long concluded, long noShows, boolean hasNoShows, BigDecimal threshold,
                          boolean empty) {
    static RateSummary of(AppearanceRates r) {
        RateFigures t = r.total();
        return new RateSummary(r.period().label(), r.denominator().label(), t.heard(), t.appeared(), t.rateText(),
                CourtViews.below(t.rate().value(), r.threshold()), t.principalRate().text(), t.principalAppeared(),
                t.speakRate().text(), t.spoke(), t.lossRate().text(), t.lost(), t.concluded(), t.noShows(),
                t.noShows() > 0, r.threshold(), t.heard() == 0);
    }
}
