package org.fazhi.duty.court;

import java.math.BigDecimal;

/**
 * One row of the ranking table: a unit with its whole subtree rolled up (or, for the chosen unit
 * itself, its own cases only). {@code rank} is null when nothing was heard; ties share a rank.
 */
public record UnitRate(long orgId, String orgName, RateFigures figures, Integer rank) {
    public long heard() {
        return figures.heard();
    }

    public long appeared() {
        return figures.appeared();
    }

    /** The rate, or null when nothing was heard. */
    public BigDecimal rate() {
        return figures.rate().value();
    }

    public String rateText() {
        return figures.rateText();
    }
}
