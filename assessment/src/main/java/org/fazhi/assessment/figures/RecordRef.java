package org.fazhi.assessment.figures;

import java.time.LocalDate;
import java.util.Objects;
import org.fazhi.model.ValidationException;

/**
 * A ledger record as a picker and an answer show it: its kind and id (what is stored), the date that
 * places it in its year, and a short title. The date may be absent (a court case without a filing date).
 */
public record RecordRef(RecordKind kind, long id, LocalDate date, String title) {
    public RecordRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }

    /** The reference as the API writes it: "study-session:12", "duty:5". */
    public String ref() {
        return kind.refName() + ":" + id;
    }

    /** A record's kind and id, read from a reference "duty:5"; a bad one is refused naming {@code field}. */
    public record Key(RecordKind kind, long id) {
        public static Key parse(String ref, String field) {
            String text = ref == null ? "" : ref.strip();
            int colon = text.indexOf(':');
            String bad = "台账记录引用须为“类型:编号”,如 duty:5";
            if (colon < 1) {
                throw new ValidationException(field, text.isEmpty() ? "请选择台账记录" : bad);
            }
            RecordKind kind;
            try {
                kind = RecordKind.parse(text.substring(0, colon));
            } catch (ValidationException e) {
                throw new ValidationException(field, e.getMessage());
            }
            try {
                long id = Long.parseLong(text.substring(colon + 1));
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                return new Key(kind, id);
            } catch (NumberFormatException e) {
                throw new ValidationException(field, bad);
            }
        }
    }
}
