package org.fazhi.model;

/**
 * The request is well formed but clashes with what is stored: a duplicate name, a record still in
 * use, or an edit based on an out-of-date version. HTTP 409.
 */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
