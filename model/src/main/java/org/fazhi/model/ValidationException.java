package org.fazhi.model;

import java.util.List;

/**
 * Bad input, with a message in Chinese for the person who typed it and the name of the field at
 * fault (the JSON/API field name), so a form can show the error beside that field.
 */
public class ValidationException extends RuntimeException {
    private final String field;
    private final List<ValidationException> all;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
        this.all = List.of(this);
    }

    /** Several problems at once, so a form can mark every wrong field; the first one leads. */
    public ValidationException(List<ValidationException> problems) {
        super(problems.get(0).getMessage());
        this.field = problems.get(0).field();
        this.all = List.copyOf(problems);
    }

    /** Every problem found, this one first. */
    public List<ValidationException> all() {
        return all;
    }

    /** The API field name at fault, or null when the error is not about one field. */
    public String field() {
        return field;
    }
}
