package org.fazhi.duty.court;

import java.time.LocalDate;

/**
 * A case as the lists show it: the record with what its hearings add up to.
 *
 * @param hearings    how many hearings are recorded
 * @param appeared    whether a head (not STAFF) appeared at any of them: the instance's duty is met
 * @param lastHearing the latest hearing date, or null when none is recorded
 */
public record CaseRow(CourtCase courtCase, int hearings, boolean appeared, LocalDate lastHearing) {
    /** The tally of a case without hearings. */
    public static CaseRow unheard(CourtCase c) {
        return new CaseRow(c, 0, false, null);
    }
}
