package org.fazhi.duty.court;

import java.math.BigDecimal;

/**
 * The settings of the appearance rates: what 出庭率 divides by, and the rate below which a unit goes
 * on the 约谈 list.
 */
public record CourtSettings(Denominator denominator, BigDecimal flagThreshold) {
}
