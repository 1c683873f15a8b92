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

    private final long limit;

    public BodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (ctx.getLength() > limit) {
            throw tooLarge();
        }
        if (ctx.hasEntity()) {
            ctx.setEntityStream(new Limited(ctx.getEntityStream(), limit));
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
                    throw tooLarge();
                }
            }
            return n;
        }
    }
}
