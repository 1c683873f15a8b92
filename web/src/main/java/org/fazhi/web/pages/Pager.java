package org.fazhi.web.pages;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.fazhi.model.Page;

/** "第 1–50 条,共 203 条" with previous/next links that keep the page's filters. */
public final class Pager {
    public static final int PAGE_SIZE = 50;

    private Pager() {
    }

    public record Model(long total, long from, long to, String prev, String next) {
    }

    public static Page page(String offset) {
        return Page.parse(String.valueOf(PAGE_SIZE), offset);
    }

    public static Model of(UriInfo uri, Page page, long total) {
        long from = total == 0 ? 0 : page.offset() + 1;
        long to = Math.min(total, (long) page.offset() + page.limit());
        String prev = page.offset() > 0 ? link(uri, Math.max(0, page.offset() - page.limit())) : null;
        String next = to < total ? link(uri, page.offset() + page.limit()) : null;
        return new Model(total, from, to, prev, next);
    }

    private static String link(UriInfo uri, int offset) {
        UriBuilder b = uri.getRequestUriBuilder().replaceQueryParam("offset", offset);
        String s = b.build().toString();
        // Relative to the site, whatever host name the browser used.
        int i = s.indexOf('/', s.indexOf("//") + 2);
        return i < 0 ? "/" : s.substring(i);
    }
}
