package org.fazhi.assessment.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.fazhi.assessment.figures.LedgerBinding;
import org.fazhi.assessment.system.EvidenceKind;

/**
 * A unit's answer to one leaf: the leaf as the system states it, and what the unit said — its self score
 * (0 … points, one decimal), explanation and evidence — and what the reviewer made of it: the review score
 * and its reason, whether the leaf was returned for 补充材料 (with the comment), whether it is 典型经验做法.
 * {@code version} 0: nothing saved yet.
 */
public record Answer(String code, String title, String standard, BigDecimal points, boolean veto,
                     List<EvidenceKind> evidenceKinds, LedgerBinding binding, BigDecimal selfScore, String explanation,
                     List<AnswerEvidence> evidence, BigDecimal reviewScore, String reason, boolean returned,
                     String returnComment, boolean typical, int version, Instant updatedAt, String updatedBy) {
    public Answer {
        evidenceKinds = List.copyOf(evidenceKinds);
        evidence = List.copyOf(evidence);
    }
}
