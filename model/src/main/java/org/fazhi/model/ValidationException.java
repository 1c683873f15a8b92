package org.fazhi.model;

/**
 * Bad input, with a message in Chinese for the person who typed it and the name of the field at
 * fault (the JSON/API field name), so a form can show the error beside that field.
 */
public class ValidationException extends RuntimeException {
    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The API field name at fault, or null when the error is not about one field. */
    public String field() {
        return field;
    }
}
