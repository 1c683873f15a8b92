package org.fazhi.assessment.figures;

import org.fazhi.model.Coded;

/**
 * A leaf's binding to a ledger figure with its scoring rule, as the indicator sheet's column 关联台账指标
 * writes it: the figure's label (or code), optionally followed by {@code ;} and the rule, e.g.
 * {@code 负责人出庭率;达到90%得满分}. A blank cell means the leaf is not bound.
 */
public record LedgerBinding(LedgerFigure figure, ScoringRule rule) {
    public static java.util.Optional<LedgerBinding> parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return java.util.Optional.empty();
        }
        String[] parts = cell.strip().split("\\s*[;;]\\s*", 2);
        LedgerFigure figure = Coded.parse(LedgerFigure.class, parts[0], "binding", "关联台账指标");
        return java.util.Optional.of(new LedgerBinding(figure, ScoringRule.parse(parts.length > 1 ? parts[1] : null)));
    }

    /** The cell text {@link #parse} reads back. */
    public String cell() {
        return rule instanceof ScoringRule.Proportional ? figure.label() : figure.label() + ";" + rule.text();
    }
}
