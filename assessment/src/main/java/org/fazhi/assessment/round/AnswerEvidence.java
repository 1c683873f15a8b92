package org.fazhi.assessment.round;

import java.time.Instant;
import org.fazhi.assessment.figures.RecordKind;
import org.fazhi.assessment.system.EvidenceKind;

/**
 * A piece of 佐证材料 for one leaf of a unit's self-assessment: a file (FILE, IMAGE or VIDEO, by its content;
 * the bytes live in the file store under {@code sha256}), a LINK with its url, a NOTE (情况说明) with its text, or
 * a RECORD: one of the unit's ledger records, {@code recordKind} and {@code recordId} (its title as it was picked).
 */
public record AnswerEvidence(long id, long roundId, long orgId, String code, EvidenceKind kind, String title, String url,
                             String text, String fileName, String contentType, Long size, String sha256, Instant createdAt,
                             String createdBy, RecordKind recordKind, Long recordId) {
    /** The ledger reference of a RECORD ("duty:5"), else null. */
    public String ref() {
        return recordKind == null ? null : recordKind.refName() + ":" + recordId;
    }
}
