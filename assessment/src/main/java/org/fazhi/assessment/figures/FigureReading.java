package org.fazhi.assessment.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fazhi.model.calc.Percent;

/**
 * A unit's live value of a ledger figure for a year and where it comes from.
 *
 * @param value   the rate with its numerator and denominator; a null value (nothing to divide by) reads
 *                as {@link #NOT_APPLICABLE}
 * @param counts  what numerator and denominator count, e.g. "出庭 12 件 / 已开庭 15 件(按审级)"
 * @param list    the ledger list the records are on, filtered to the unit and year
 * @param records the first records of that list (at most {@link LedgerFigures#RECORDS})
 * @param total   how many records the list holds
 */
public record FigureReading(LedgerFigure figure, int year, long orgId, Percent value, String counts, LedgerList list,
                            List<RecordRef> records, long total) {
    /** What a figure with nothing to divide by reads as. */
    public static final String NOT_APPLICABLE = "不涉及";

    public FigureReading {
        records = List.copyOf(records);
    }

    /** Whether there is nothing to divide by: the unit owes nothing this figure measures. */
    public boolean notApplicable() {
        return !value.defined();
    }

    /** "80.0%", or "不涉及". */
    public String text() {
        return value.defined() ? value.text() : NOT_APPLICABLE;
    }

    /** The score {@code rule} suggests for a leaf worth {@code points}; empty when the figure does not apply. */
    public Optional<BigDecimal> suggest(ScoringRule rule, BigDecimal points) {
        return rule.suggest(value, points);
    }
}
