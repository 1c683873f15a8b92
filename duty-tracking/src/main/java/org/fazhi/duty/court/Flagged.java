package org.fazhi.duty.court;

import java.util.List;

/**
 * A unit for 约谈: its rate is below the threshold, or it had two or more no-shows without valid reason.
 *
 * @param absences the period's hearings of the unit (and its subtree) where no head appeared, with why
 */
public record Flagged(long orgId, String orgName, RateFigures figures, List<String> reasons, List<Absence> absences) {
    public Flagged {
        reasons = List.copyOf(reasons);
        absences = List.copyOf(absences);
    }
}
