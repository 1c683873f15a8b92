package org.fazhi.training.signin;

import java.time.Instant;
import java.time.LocalTime;

/**
 * The sign-in window of one study session: when it was opened and by whom, until when it stays open, the
 * time of day after which an arrival counts as 迟到 (null: nobody is late), and when it was closed (null
 * while it has not been closed or found expired).
 */
public record SignInWindow(long sessionId, Instant openedAt, Instant expiresAt, LocalTime lateAfter, Instant closedAt,
                           String openedBy) {

    /** Open at {@code now}: not closed, and not yet expired. */
    public boolean openAt(Instant now) {
        return closedAt == null && now.isBefore(expiresAt);
    }

    /** Left open past its expiry: closing it is due (the attendees are then written). */
    boolean lapsedAt(Instant now) {
        return closedAt == null && !now.isBefore(expiresAt);
    }
}
