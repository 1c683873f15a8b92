package org.fazhi.assessment.round;

import java.time.Instant;
import org.fazhi.model.org.OrgKind;

/** A unit a round assesses, and where its self-assessment stands. */
public record RoundUnit(long orgId, String orgName, OrgKind kind, UnitState state, Instant submittedAt, String submittedBy,
                        int version) {
}
