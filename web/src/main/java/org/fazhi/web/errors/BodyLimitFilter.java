package org.fazhi.web.errors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Refuses request bodies over the limit with a 413, whether the size is declared up front or the
 * body arrives chunked, so an oversized upload can neither fill memory nor reach the database.
 * The limit depends on the path: forms and JSON get {@link #DEFAULT_LIMIT}; paths matching a
 * {@link Rule} (spreadsheet imports, by default) get theirs.
 */
@PreMatching
@Priority(100)
public final class BodyLimitFilter implements ContainerRequestFilter {
    /** Forms and JSON records are small. */
    public static final long DEFAULT_LIMIT = 1024 * 1024;
    /** A spreadsheet of 100,000 study sessions is about 15 MB as CSV; leave room for wide sheets. */
    public static final long IMPORT_LIMIT = 50L * 1024 * 1024;
    /** Every {@code …/import} endpoint (the API's and the import pages') takes whole spreadsheets. */
    /** A study session's materials: 20 MB a file, plus room for the multipart framing. */
    public static final long ATTACHMENT_LIMIT = 21L * 1024 * 1024;
    /** Evidence of a duty item: 50 MB a file (a short video), plus room for the multipart framing. */
    public static final long EVIDENCE_LIMIT = 51L * 1024 * 1024;
    /**
     * A 报送 package: the exchange library reads at most 512 MB of entries (PackageReader.Limits.DEFAULT), and
     * attachments barely compress; plus room for the zip's and the multipart's framing.
     */
    public static final long PACKAGE_LIMIT = 513L * 1024 * 1024;
    public static final List<Rule> DEFAULT_RULES = List.of(new Rule("**/import", IMPORT_LIMIT),
            new Rule("api/packages", PACKAGE_LIMIT),
            new Rule("packages/receive", PACKAGE_LIMIT),
            new Rule("api/study-sessions/*/attachments", ATTACHMENT_LIMIT),
            new Rule("study-sessions/*/attachments", ATTACHMENT_LIMIT),
            // The new-session form carries its 签到表 and other materials along.
            new Rule("study-sessions", ATTACHMENT_LIMIT),
            new Rule("api/duties/*/evidence", EVIDENCE_LIMIT),
            new Rule("duties/items/*/evidence", EVIDENCE_LIMIT),
            // 佐证材料 of an assessment answer: 50 MB a file, as duty evidence.
            new Rule("api/assessment-rounds/*/units/*/answers/*/evidence", EVIDENCE_LIMIT),
            new Rule("assessment/rounds/*/units/*/answers/*/evidence", EVIDENCE_LIMIT));

    /**
     * An oversized body is read and thrown away up to this much before the 413 is sent: closing a
     * connection with unread data makes TCP reset it, and the client would lose the answer.
     */
    private static final long DRAIN_MAX = 64L * 1024 * 1024;

    private final long limit;
    private final List<Rule> rules;

    /** {@code limit} everywhere except the {@link #DEFAULT_RULES} paths. */
    public BodyLimitFilter(long limit) {
        this(limit, DEFAULT_RULES);
    }

    /**
     * @param limit the limit of paths no rule matches
     * @param rules checked in order; the first that matches a path gives its limit
     */
    public BodyLimitFilter(long limit, List<Rule> rules) {
        this.limit = limit;
        this.rules = List.copyOf(rules);
    }

    /**
     * A limit for the paths matching {@code pattern}: segments separated by "/", where {@code *}
     * stands for one segment and {@code **} for any number of them (none included), so
     * {@code api/test-batches/*}{@code /results/import} is one endpoint, {@code api/files/**} a
     * prefix and {@code **}{@code /import} every path ending in "import". A leading "/" is ignored.
     */
    public record Rule(String pattern, long limit) {
        public Rule {
            if (limit <= 0) {
                throw new IllegalArgumentException("limit must be positive: " + limit);
            }
            pattern = strip(pattern);
        }

        public boolean matches(String path) {
            return match(pattern.split("/"), 0, strip(path).split("/"), 0);
        }

        private static boolean match(String[] pat, int p, String[] seg, int s) {
            if (p == pat.length) {
                return s == seg.length;
            }
            if (pat[p].equals("**")) {
                for (int k = s; k <= seg.length; k++) {
                    if (match(pat, p + 1, seg, k)) {
                        return true;
                    }
                }
                return false;
            }
            return s < seg.length && (pat[p].equals("*") || pat[p].equals(seg[s])) && match(pat, p + 1, seg, s + 1);
        }

        private static String strip(String path) {
            String p = path == null ? "" : path;
            while (p.startsWith("/")) {
                p = p.substring(1);
            }
            while (p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            return p;
        }
    }

    /** The limit that applies to a request path. */
    public long limitFor(String path) {
        for (Rule r : rules) {
            if (r.matches(path)) {
                return r.limit();
            }
        }
        return limit;
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        long max = limitFor(ctx.getUriInfo().getPath());
        if (ctx.getLength() > max) {
            if (ctx.getLength() <= DRAIN_MAX) {
                drain(ctx.getEntityStream());
            }
            throw tooLarge(max);
        }
        if (ctx.hasEntity()) {
            ctx.setEntityStream(new Limited(ctx.getEntityStream(), max));
        }
    }

    static void drain(InputStream in) {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while (total < DRAIN_MAX && (n = in.read(buf)) > 0) {
                total += n;
            }
        } catch (IOException ignored) {
            // the client went away; the 413 is all that is left to send
        }
    }

    private static HttpProblem tooLarge(long max) {
        String size = max % (1024 * 1024) == 0 ? (max / (1024 * 1024)) + " MB" : (max / 1024) + " KB";
        return new HttpProblem(413, ApiError.TOO_LARGE, "请求内容过大(上限 " + size + ")", null);
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.max = limit;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                drain(in);
                throw tooLarge(max);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    drain(in);
                    throw tooLarge(max);
                }
            }
            return n;
        }
    }
}
