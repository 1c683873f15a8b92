package org.fazhi.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** The benchmarks' HTTP client: signs in once, then sends requests with the bearer token. */
final class BenchClient {
    /** A request that takes longer than this is a hung server, not a slow one: the run fails. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    private BenchClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    static BenchClient login(int port, String username, String password) throws IOException, InterruptedException {
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        String body = r.body();
        int i = body.indexOf("\"token\":\"") + 9;
        return new BenchClient(base, body.substring(i, body.indexOf('"', i)));
    }

    /**
     * The same signed-in user over a connection pool of its own: each concurrent client of a load run
     * gets one, as separate browsers would.
     */
    BenchClient another() {
        return new BenchClient(base, token);
    }

    /**
     * The same signed-in user on another node of a shared instance: the session lives in the database, so
     * the token one node issued is good on every node.
     */
    BenchClient onPort(int port) {
        return new BenchClient("http://127.0.0.1:" + port, token);
    }

    /** GETs the path and fails on anything but 200, so a broken endpoint never passes for a fast one. */
    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send(path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " → " + r.statusCode() + " " + shorten(r.body()));
        }
        return r.body();
    }

    /** The status code of a GET, for probing whether an endpoint exists yet. */
    int status(String path) throws IOException, InterruptedException {
        return send(path).statusCode();
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String shorten(String body) {
        return body.length() <= 500 ? body : body.substring(0, 500) + "…";
    }

    String post(String path, String contentType, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** PUTs a JSON body and fails on anything but 2xx; returns the response body. */
    String putJson(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " → " + r.statusCode() + " " + shorten(r.body()));
        }
        return r.body();
    }

    String postFile(String path, String contentType, Path file) throws IOException, InterruptedException {
        return post(path, contentType, HttpRequest.BodyPublishers.ofFile(file));
    }

    String postJson(String path, String json) throws IOException, InterruptedException {
        return post(path, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }
}
