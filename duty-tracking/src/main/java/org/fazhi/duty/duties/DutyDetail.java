package org.fazhi.duty.duties;

import java.util.List;

/** An item with its evidence (oldest first) and its review trail (oldest first). */
public record DutyDetail(DutyItem item, List<Evidence> evidence, List<DutyReview> reviews) {
    public DutyDetail {
        evidence = List.copyOf(evidence);
        reviews = List.copyOf(reviews);
    }
}
