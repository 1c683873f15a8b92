package org.fazhi.duty.court;

import org.fazhi.model.calc.Percent;

/**
 * The counts behind the appearance rates of one unit (or a total) in a period.
 *
 * @param heard             the denominator: instances heard (or notified, or hearings — see {@link Denominator})
 * @param appeared          of those, where a head (not STAFF) appeared
 * @param principalAppeared of those, where the PRINCIPAL (正职) appeared
 * @param spoke             of those, where an appearing head spoke (出声)
 * @param lost              instances heard in the period whose outcome is LOST
 * @param concluded         instances heard in the period that are concluded (any outcome but PENDING)
 * @param noShows           hearings in the period where no head appeared without a valid reason
 */
public record RateFigures(long heard, long appeared, long principalAppeared, long spoke, long lost, long concluded,
                          long noShows) {
    public static final RateFigures ZERO = new RateFigures(0, 0, 0, 0, 0, 0, 0);

    /** 出庭率: appeared ÷ heard, half-up to one decimal (728/1095 → 66.5). */
    public Percent rate() {
        return Percent.of(appeared, heard);
    }

    /** "66.5%", or "—" when nothing was heard. */
    public String rateText() {
        return rate().text();
    }

    /** 正职出庭率: principal appeared ÷ heard. */
    public Percent principalRate() {
        return Percent.of(principalAppeared, heard);
    }

    /** 出声率: spoke ÷ appeared. */
    public Percent speakRate() {
        return Percent.of(spoke, appeared);
    }

    /** 败诉率: lost ÷ concluded. */
    public Percent lossRate() {
        return Percent.of(lost, concluded);
    }

    public RateFigures plus(RateFigures o) {
        return new RateFigures(heard + o.heard, appeared + o.appeared, principalAppeared + o.principalAppeared,
                spoke + o.spoke, lost + o.lost, concluded + o.concluded, noShows + o.noShows);
    }
}
