package org.fazhi.web.server;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Headers that make the browser refuse what the pages never do: inline or foreign scripts, being
 * framed by another site, guessing content types. Ledger data is not cached by the browser.
 */
public final class SecurityHeaders implements ContainerResponseFilter {
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        MultivaluedMap<String, Object> h = res.getHeaders();
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle("X-Frame-Options", "DENY");
        h.putSingle("Referrer-Policy", "same-origin");
        if (!h.containsKey("Content-Security-Policy")) {
            // A download may carry a stricter policy of its own (sandbox); keep it.
            h.putSingle("Content-Security-Policy", CSP);
        }
        if (!h.containsKey("Cache-Control")) {
            h.putSingle("Cache-Control", "no-store");
        }
    }
}
