package org.fazhi.web.pages;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Post/redirect/get: after a change the browser fetches the page anew, so a reload never posts twice. */
public final class Redirects {
    private Redirects() {
    }

    public static Response to(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** Only paths of this site: a login link cannot send the user to another site. */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.length() > 500 || next.startsWith("/login") || next.startsWith("/setup")) {
            return "/";
        }
        return next;
    }
}
