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
     * {@code handler} behind a queue of {@code active} places; 0 for the default: on SQLite, where a request's
     * queries run on this machine's cores too, as many places as cores (at least 2); on PostgreSQL, where a
     * request spends part of its time waiting for the database server, twice that (at least 4).
     */
    static Handler around(Handler handler, int active, boolean sharedDatabase) {
        return around(handler, active, sharedDatabase, MAX_WAIT);
    }

    static Handler around(Handler handler, int active, boolean sharedDatabase, Duration maxWait) {
        QoSHandler qos = new Queue(handler);
        qos.setMaxRequestCount(active > 0 ? active : defaultPlaces(sharedDatabase));
        qos.setMaxSuspendedRequestCount(MAX_WAITING);
        qos.setMaxSuspend(maxWait);
        qos.includeMethod("GET", "HEAD");
        qos.excludePath("/static/*", "*.docx", "*.pem", "^.*/(export|import-template|file|backup)$");
        return qos;
    }

    static int defaultPlaces(boolean sharedDatabase) {
        int cores = Runtime.getRuntime().availableProcessors();
        return sharedDatabase ? Math.max(4, 2 * cores) : Math.max(2, cores);
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
