package org.fazhi.storage.core;

import org.fazhi.model.AccessDeniedException;

/**
 * A change refused because the unit's records arrive in 报送 packages and are read-only here ({@link Scope#RECEIVED}).
 * Its own type, so a caller that answers other refusals differently (the exam sitting treats them as a sign-in to
 * repeat) can tell this one, which no retry or new sign-in changes, by type rather than by its message.
 */
public class ReceivedUnitException extends AccessDeniedException {
    public ReceivedUnitException(String message) {
        super(message);
    }
}
