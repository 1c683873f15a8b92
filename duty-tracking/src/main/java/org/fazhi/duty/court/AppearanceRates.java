package org.fazhi.duty.court;

import java.math.BigDecimal;
import java.util.List;

/**
 * 出庭应诉 figures of a period for a unit's subtree (or the whole ledger, {@code orgId} null): the
 * total, the ranking table and the 约谈 list.
 *
 * @param threshold the rate below which a unit is flagged (a setting)
 * @param absences  the hearings of the period (by hearing date) where no head appeared, by ranked unit
 *                  and date: what the 通报 says of each
 */
public record AppearanceRates(Period period, Denominator denominator, Long orgId, RateFigures total,
                              List<UnitRate> byOrg, BigDecimal threshold, List<Flagged> flagged,
                              List<Absence> absences) {
    public AppearanceRates {
        byOrg = List.copyOf(byOrg);
        flagged = List.copyOf(flagged);
        absences = List.copyOf(absences);
    }

    public long heard() {
        return total.heard();
    }

    public long appeared() {
        return total.appeared();
    }

    /** 66.5, or null when nothing was heard. */
    public BigDecimal rate() {
        return total.rate().value();
    }

    /**
     * The ranked units that had hearings in the period: the rows a 通报 lists. Counted by another
     * denominator than HEARD, a unit may count nothing and still have missed a hearing: it stays.
     */
    public List<UnitRate> heardUnits() {
        return byOrg.stream().filter(u -> u.heard() > 0 || u.figures().noShows() > 0).toList();
    }

    /** "66.5%" */
    public String rateText() {
        return total.rateText();
    }
}
