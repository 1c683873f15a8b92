package org.fazhi.assessment.round;

import java.math.BigDecimal;
import java.util.List;
import org.fazhi.assessment.system.Indicator;

/**
 * The score matrix of a round: a column per leaf of the system, a row per unit (those the actor sees, best
 * first) with the score each leaf counts (null where the leaf does not apply to the unit).
 */
public record ScoreMatrix(List<Indicator> leaves, List<Row> rows) {
    public ScoreMatrix {
        leaves = List.copyOf(leaves);
        rows = List.copyOf(rows);
    }

    public record Row(Results.UnitResult unit, List<BigDecimal> scores) {
    }
}
