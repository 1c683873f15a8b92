package org.fazhi.assessment.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A round of assessment: an assessing unit ({@code orgId}) assesses the units below it for a year on one
 * version of an indicator system (pinned: that version never changes again).
 *
 * @param units the units assessed, by name; for an actor who sees only some of them, those
 */
public record Round(long id, int year, String title, long systemId, long orgId, String orgName, LocalDate selfDeadline,
                    LocalDate reviewDeadline, BigDecimal passScore, Grades grades, BigDecimal target, int version,
                    Instant createdAt, String createdBy, List<RoundUnit> units) {
    public Round {
        units = List.copyOf(units);
    }
}
