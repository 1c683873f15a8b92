package org.fazhi.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar web.jar --demo} on a fresh folder opens its port only once the demo county is in: the
 * first answer of {@code /api/health} already comes from a full ledger, so nobody opening the dashboard in
 * the first second reads "no court cases, no duties" for a county that has them.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DemoStartIT {
    @TempDir
    Path tmp;

    @Test
    void theFirstAnswerComesFromTheWholeDemoCounty() throws Exception {
        Path data = tmp.resolve("演示 数据");
        LedgerProcess.createAdmin(data, "admin");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path console = tmp.resolve("console.txt");
        Files.writeString(console, "");
        Process p = LedgerProcess.launch(console, "--port", String.valueOf(port), "--data", data.toString(), "--demo");
        try {
            String base = "http://127.0.0.1:" + port;
            awaitFirstHealthy(base, p, console);
            // Asked at once, before anything else could have been written.
            Http admin = new Http(base);
            admin.loginWithToken("admin", LedgerProcess.PASSWORD);
            for (String list : new String[] {"/api/orgs", "/api/study-sessions", "/api/test-batches", "/api/court-cases",
                    "/api/rectifications", "/api/law-reports"}) {
                Http.Res r = admin.get(list + "?limit=1");
                assertEquals(200, r.status(), list + " " + r.body());
                assertTrue(Long.parseLong(r.header("X-Total-Count")) > 0, list + " is empty at the first answer");
            }
            assertTrue(admin.get("/api/duties?limit=1").json().size() > 0, "duties at the first answer");
            assertTrue(Files.readString(console).contains("已载入演示县"), Files.readString(console));
            assertTrue(Files.readString(console).contains("年度考核已审核确认"), "the assessment's rounds: " + Files.readString(console));
        } finally {
            LedgerProcess.stop(p);
        }
    }

    /** Polls /api/health from the moment of the spawn, every 20 ms, until the first 200. */
    private static void awaitFirstHealthy(String base, Process p, Path console) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + LedgerProcess.PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            assertTrue(p.isAlive(), "web.jar ended: " + Files.readString(console));
            Thread.sleep(20);
        }
        throw new AssertionError("no answer within " + LedgerProcess.PATIENCE + ": " + Files.readString(console));
    }
}
