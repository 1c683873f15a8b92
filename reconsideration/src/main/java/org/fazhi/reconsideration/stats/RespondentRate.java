package org.fazhi.reconsideration.stats;

import org.fazhi.model.calc.Percent;

/**
 * One respondent unit's cases concluded in the year and how many of them corrected its act: the ranking that
 * shows which departments are corrected most. Ranked by the direct correction rate, highest first; units with
 * the same rate share a rank.
 */
public record RespondentRate(int rank, long orgId, String orgName, long concluded, long directCorrections,
                             Percent directCorrectionRate, long comprehensiveCorrections, Percent comprehensiveCorrectionRate) {
}
