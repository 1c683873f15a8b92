package org.fazhi.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The queue in front of the application, on a real Jetty: page and API reads beyond the places wait their turn
 * (none refused, none run beside the others), while downloads and writes are never held behind them.
 */
class RequestQueueTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger mostInside = new AtomicInteger();
    private final HttpClient client = HttpClient.newHttpClient();
    private Server server;

    /** Holds every request until released, counting how many are inside at once. */
    private final Handler slow = new Handler.Abstract() {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                if (!Request.getPathInContext(request).endsWith("/export") && !request.getMethod().equals("POST")) {
                    release.await(20, TimeUnit.SECONDS);
                }
            } finally {
                inside.decrementAndGet();
            }
            response.setStatus(200);
            callback.succeeded();
            return true;
        }
    };

    private URI start(int places) throws Exception {
        return start(places, RequestQueue.MAX_WAIT);
    }

    private URI start(int places, java.time.Duration maxWait) throws Exception {
        server = new Server(0);
        server.setHandler(RequestQueue.around(slow, places, maxWait));
        server.start();
        return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        server.stop();
    }

    private CompletableFuture<HttpResponse<String>> send(URI base, String method, String path) {
        return client.sendAsync(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readsBeyondThePlacesWaitTheirTurnAndAllAreAnswered() throws Exception {
        URI base = start(2);
        List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reads.add(send(base, "GET", "/api/people?i=" + i));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (inside.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(300);
        assertEquals(2, inside.get(), "two places, two reads inside; the other six wait");

        // A download and a write pass the queue while every place is taken.
        assertEquals(200, send(base, "GET", "/api/people/export").get(10, TimeUnit.SECONDS).statusCode());
        assertEquals(200, send(base, "POST", "/api/people").get(10, TimeUnit.SECONDS).statusCode());

        release.countDown();
        for (CompletableFuture<HttpResponse<String>> r : reads) {
            assertEquals(200, r.get(20, TimeUnit.SECONDS).statusCode());
        }
        assertTrue(mostInside.get() <= 3, "at most the two places and one download at once: " + mostInside.get());
    }

    @Test
    void aReadThatWaitedTooLongIsAnswered503InChinese() throws Exception {
        URI base = start(1, java.time.Duration.ofMillis(300));
        CompletableFuture<HttpResponse<String>> first = send(base, "GET", "/api/people");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (inside.get() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        HttpResponse<String> api = send(base, "GET", "/api/orgs").get(10, TimeUnit.SECONDS);
        assertEquals(503, api.statusCode());
        assertEquals("{\"error\":\"BUSY\",\"message\":\"服务器繁忙,请稍后再试\",\"field\":null}", api.body());
        assertEquals("5", api.headers().firstValue("Retry-After").orElse(""));
        HttpResponse<String> page = send(base, "GET", "/orgs").get(10, TimeUnit.SECONDS);
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("<p>服务器繁忙,请稍后再试</p>"), page.body());
        release.countDown();
        assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
    }
}
