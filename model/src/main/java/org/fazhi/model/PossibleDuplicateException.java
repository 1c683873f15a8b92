package org.fazhi.model;

/**
 * A new or changed record looks like one already stored (the rule is the owning module's: a study
 * session of the same unit, date, kind and topic; a hearing of the same case on the same day). Nothing
 * was saved; the same save repeated with the caller's confirmation ({@code confirmDuplicate}) goes
 * through. HTTP 409 {@code POSSIBLE_DUPLICATE}, field {@link #FIELD}.
 */
public class PossibleDuplicateException extends ConflictException {
    /** The flag a caller sets to save anyway: a form's checkbox, the API's query parameter. */
    public static final String FIELD = "confirmDuplicate";

    private final long existingId;
    private final String existing;

    /**
     * @param what       the kind of record, e.g. 学法记录
     * @param existingId the stored record it looks like
     * @param existing   how that record is named to the user, e.g. 2025-03-01 集体学法“宪法学习”
     */
    public PossibleDuplicateException(String what, long existingId, String existing) {
        super(FIELD, "与已有的" + what + "(编号 " + existingId + ":" + existing + ")可能重复,确认不是重复录入后再保存");
        this.existingId = existingId;
        this.existing = existing;
    }

    /** The id of the stored record this one looks like. */
    public long existingId() {
        return existingId;
    }

    /** The stored record as named in the message. */
    public String existing() {
        return existing;
    }
}
