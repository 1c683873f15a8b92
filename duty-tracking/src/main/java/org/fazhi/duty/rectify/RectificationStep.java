package org.fazhi.duty.rectify;

import java.time.Instant;

/** One step of an item's trail: who moved it from which status to which, when, and why. */
public record RectificationStep(long id, long rectificationId, StepAction action, RectificationStatus fromStatus,
                                RectificationStatus toStatus, String comment, String actor, Instant at) {
}
