package org.fazhi.model;

/** The signed-in user's role or unit scope does not allow this: HTTP 403. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
