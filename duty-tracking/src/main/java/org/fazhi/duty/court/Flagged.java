package org.fazhi.duty.court;

import java.util.List;

/** A unit for 约谈: its rate is below the threshold, or it had two or more no-shows without valid reason. */
public record Flagged(long orgId, String orgName, RateFigures figures, List<String> reasons) {
    public Flagged {
        reasons = List.copyOf(reasons);
    }
}
