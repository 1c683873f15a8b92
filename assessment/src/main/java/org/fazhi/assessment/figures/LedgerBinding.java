package org.fazhi.assessment.figures;

/**
 * A leaf's binding to a ledger figure with its scoring rule, as the indicator sheet's column 关联台账指标
 * writes it: the figure's label (or code), optionally followed by {@code ;} and the rule, e.g.
 * {@code 负责人出庭率;达到90%得满分} (a full-width {@code ；} and {@code ％} read the same). A blank cell means
 * the leaf is not bound; a figure or rule not recognised is refused with a Chinese message naming the column.
 */
public record LedgerBinding(LedgerFigure figure, ScoringRule rule) {
    /** A binding without a rule scores {@code 按比例}. */
    public LedgerBinding {
        java.util.Objects.requireNonNull(figure, "figure");
        if (rule == null) {
            rule = ScoringRule.PROPORTIONAL;
        }
    }

    public static java.util.Optional<LedgerBinding> parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return java.util.Optional.empty();
        }
        String[] parts = cell.strip().split("\\s*[;；]\\s*", 2);
        LedgerFigure figure = LedgerFigure.parse(parts[0]);
        return java.util.Optional.of(new LedgerBinding(figure, ScoringRule.parse(parts.length > 1 ? parts[1] : null)));
    }

    /** The cell text {@link #parse} reads back. */
    public String cell() {
        return rule instanceof ScoringRule.Proportional ? figure.label() : figure.label() + ";" + rule.text();
    }
}
