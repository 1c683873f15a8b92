package org.fazhi.web.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Lets only a few requests work at once and queues the rest in arrival order (Jetty's {@link QoSHandler}).
 * On an office PC's two cores, sixteen pages rendered side by side each take sixteen times as long and hold
 * sixteen pages' memory in a 256 MB heap; taken a few at a time, a request waits its turn and then runs at
 * full speed, so the slowest page no longer pays for the fastest ones. Only page and query reads (GET, HEAD)
 * queue: downloads (exports, files, the .docx, the backup) and static assets do not, since a slow client
 * reading a large file must not hold a place, and neither do writes (a candidate's answer, a save).
 */
final class RequestQueue {
    /** How long a request may wait for its turn before it is answered 503 in Chinese. */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    static final int MAX_WAITING = 2_000;
    static final String BUSY = "服务器繁忙,请稍后再试";

    private RequestQueue() {
    }

    /**
     * {@code handler} behind a queue of {@code active} places; 0 for the default, twice the cores (at least 4):
     * on the province bench's two cores 2, 4 and 6 places all kept every path's p99 under 250 ms with 16
     * clients, 4 with the lowest (BENCHMARKS.md), and a request that waits on the database or the network
     * leaves the cores to the others.
     */
    static Handler around(Handler handler, int active) {
        return around(handler, active, MAX_WAIT);
    }

    static Handler around(Handler handler, int active, Duration maxWait) {
        QoSHandler qos = new Queue(handler);
        qos.setMaxRequestCount(active > 0 ? active : defaultPlaces());
        qos.setMaxSuspendedRequestCount(MAX_WAITING);
        qos.setMaxSuspend(maxWait);
        qos.includeMethod("GET", "HEAD");
        qos.excludePath("/static/*", "*.docx", "*.pem", "^.*/(export|import-template|file|backup)$");
        return qos;
    }

    static int defaultPlaces() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** Answers a request that waited too long in the API's error shape, or a line of Chinese for a page. */
    private static final class Queue extends QoSHandler {
        Queue(Handler handler) {
            super(handler);
        }

        @Override
        protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
            boolean api = Request.getPathInContext(request).startsWith("/api/");
            String body = api ? "{\"error\":\"BUSY\",\"message\":\"" + BUSY + "\",\"field\":null}"
                    : "<!doctype html><meta charset=\"utf-8\"><title>" + BUSY + "</title><p>" + BUSY + "</p>";
            response.setStatus(503);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, api ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
            response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        }
    }
}
