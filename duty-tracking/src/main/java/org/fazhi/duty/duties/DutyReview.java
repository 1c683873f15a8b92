package org.fazhi.duty.duties;

import java.time.Instant;

/** One step of an item's review trail: who submitted, approved or returned it, when, with what comment. */
public record DutyReview(long id, long itemId, ReviewAction action, String comment, String actor, Instant at) {
}
