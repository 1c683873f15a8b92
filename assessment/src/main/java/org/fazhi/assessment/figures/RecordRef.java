package org.fazhi.assessment.figures;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A ledger record as a picker and an answer show it: its kind and id (what is stored), the date that
 * places it in its year, and a short title. The date may be absent (a court case without a filing date).
 */
public record RecordRef(RecordKind kind, long id, LocalDate date, String title) {
    public RecordRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
