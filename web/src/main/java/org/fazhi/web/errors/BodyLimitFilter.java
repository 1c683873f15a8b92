package org.fazhi.web.errors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over the limit with a 413, whether the size is declared up front or the
 * body arrives chunked, so an oversized upload can neither fill memory nor reach the database.
 */
@PreMatching
@Priority(100)
public final class BodyLimitFilter implements ContainerRequestFilter {
    /** Forms and JSON records are small; file uploads and imports get their own limits later. */
    public static final long DEFAULT_LIMIT = 1024 * 1024;

    /**
     * An oversized body is read and thrown away up to this much before the 413 is sent: closing a
     * connection with unread data makes TCP reset it, and the client would lose the answer.
     */
    private static final long DRAIN_MAX = 64L * 1024 * 1024;

    private final long limit;

    public BodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (ctx.getLength() > limit) {
            if (ctx.getLength() <= DRAIN_MAX) {
                drain(ctx.getEntityStream());
            }
            throw tooLarge();
        }
        if (ctx.hasEntity()) {
            ctx.setEntityStream(new Limited(ctx.getEntityStream(), limit));
        }
    }

    private static void drain(InputStream in) {
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

    private HttpProblem tooLarge() {
        return new HttpProblem(413, ApiError.TOO_LARGE, "请求内容过大(上限 " + (limit / 1024) + " KB)", null);
    }

    private final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                drain(in);
                throw tooLarge();
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
                    throw tooLarge();
                }
            }
            return n;
        }
    }
}
