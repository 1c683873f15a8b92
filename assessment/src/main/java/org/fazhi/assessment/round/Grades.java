package org.fazhi.assessment.round;

import java.math.BigDecimal;

/**
 * The round's grade thresholds: 优秀 at or above {@code excellent}, 良好 at or above {@code good}, 合格 at or
 * above {@code qualified}, else 不合格 (one decimal each).
 */
public record Grades(BigDecimal excellent, BigDecimal good, BigDecimal qualified) {
    public Grade grade(BigDecimal total) {
        if (total.compareTo(excellent) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(good) >= 0) {
            return Grade.GOOD;
        }
        return total.compareTo(qualified) >= 0 ? Grade.QUALIFIED : Grade.FAILED;
    }
}
