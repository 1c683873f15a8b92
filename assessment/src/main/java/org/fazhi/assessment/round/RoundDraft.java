package org.fazhi.assessment.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A round to open, as the form or the API gives it.
 *
 * @param orgId          the assessing unit; the round covers units below it
 * @param unitIds        the units assessed; null or empty: every unit below that some leaf applies to
 * @param selfDeadline   the last day a unit may fill in and submit its self-assessment
 * @param reviewDeadline the last day of review (and of 补充材料 for returned leaves); not before selfDeadline
 * @param passScore      a unit meets the standard at or above it (and with no veto leaf at 0)
 * @param target         the year's target share of units meeting the standard, in percent (e.g. 50)
 */
public record RoundDraft(Integer year, String title, Long systemId, Long orgId, List<Long> unitIds, LocalDate selfDeadline,
                         LocalDate reviewDeadline, BigDecimal passScore, Grades grades, BigDecimal target) {
}
