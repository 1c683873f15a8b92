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

    /**
     * Back to the list the user acted from, with its filters (year, unit, page…), and {@code msg}; {@code back}
     * counts only when it is that very list ({@code list} or {@code list?…}), else the plain list.
     */
    public static Response backTo(String back, String list, String msg) {
        return backTo(back, list, list, msg);
    }

    /**
     * As {@link #backTo(String, String, String)}; when {@code back} is not that list, to {@code otherwise}
     * (a path of this site, with or without a query, e.g. the list of the deleted record's year).
     */
    public static Response backTo(String back, String list, String otherwise, String msg) {
        boolean same = back != null && back.length() <= 500 && (back.equals(list) || back.startsWith(list + "?"))
                && !back.contains("#") && !back.contains("\\");
        String target = same ? back.replaceAll("([?&])msg=[^&]*&?", "$1").replaceAll("[?&]$", "") : otherwise;
        return to(target + (target.contains("?") ? "&" : "?") + "msg=" + msg);
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
