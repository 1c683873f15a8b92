package org.fazhi.web.server;

import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * Lets only a few requests work at once and queues the rest in arrival order (Jetty's {@link QoSHandler}).
 * On an office PC's two cores, sixteen pages rendered side by side each take sixteen times as long and hold
 * sixteen pages' memory in a 256 MB heap; taken a few at a time, a request waits its turn and then runs at
 * full speed, so the slowest page no longer pays for the fastest ones. Downloads (exports, files, the
 * .docx) and static assets are not queued: a slow client reading a large file must not hold a place.
 */
final class RequestQueue {
    /** How long a request may wait for its turn before it is answered 503. */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    static final int MAX_WAITING = 2_000;

    private RequestQueue() {
    }

    /** {@code handler} behind a queue of {@code active} places; 0 for twice the cores (at least 4). */
    static Handler around(Handler handler, int active) {
        QoSHandler qos = new QoSHandler(handler);
        qos.setMaxRequestCount(active > 0 ? active : Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        qos.setMaxSuspendedRequestCount(MAX_WAITING);
        qos.setMaxSuspend(MAX_WAIT);
        qos.includeMethod("GET", "HEAD");
        qos.excludePath("/static/*", "*.docx", "*.pem", "^.*/(export|import-template|file|backup)$");
        return qos;
    }
}
