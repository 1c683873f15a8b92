package org.fazhi.web.signin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.training.signin.SignInService;
import org.fazhi.training.signin.SignInWindow;

/**
 * The token of each open window, kept in this server's memory only so the organiser's page (and the
 * projector view) can show the QR code again after a reload: the database holds only its SHA-256. After a
 * restart, or on another node of a shared instance, the page offers to issue a new code instead.
 */
final class SignInLinks {
    private final Map<Long, SignInService.Opened> opened = new ConcurrentHashMap<>();

    void remember(SignInService.Opened o) {
        opened.put(o.sessionId(), o);
    }

    void forget(long sessionId) {
        opened.remove(sessionId);
    }

    /** The token of the session's window as it is now open, if this server issued it. */
    Optional<String> token(long sessionId, SignInWindow window, boolean open) {
        SignInService.Opened o = opened.get(sessionId);
        if (o == null || !open || window == null || !o.expiresAt().equals(window.expiresAt())) {
            if (o != null && !open) {
                opened.remove(sessionId, o); // expired: nothing to show again
            }
            return Optional.empty();
        }
        return Optional.of(o.token());
    }
}
