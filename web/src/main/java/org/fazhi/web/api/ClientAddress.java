package org.fazhi.web.api;

import jakarta.inject.Provider;
import org.eclipse.jetty.server.Request;

/** The caller's IP address, for throttling and the audit log. */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(Provider<Request> request) {
        try {
            Request r = request == null ? null : request.get();
            return r == null ? "unknown" : Request.getRemoteAddr(r);
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
