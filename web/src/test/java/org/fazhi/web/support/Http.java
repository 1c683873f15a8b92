package org.fazhi.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;

/** A small HTTP client for tests: JSON with a bearer token, or forms with cookies like a browser. */
public final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String token;

    public Http(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public record Res(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public void loginWithToken(String username, String password) {
        Res r = post("/api/login", Map.of("username", username, "password", password));
        if (r.status() != 200) {
            throw new AssertionError("login failed: " + r.status() + " " + r.body());
        }
        token = r.json().get("token").asText();
    }

    public String token() {
        return token;
    }

    /** A client that sends {@code bearer} as its token (an online exam candidate's, or any other) and no cookies. */
    public Http withToken(String bearer) {
        Http other = new Http(base);
        other.token = bearer;
        return other;
    }

    /** The same signed-in session against another base URL: another node of a shared instance. */
    public Http at(String otherBase) {
        Http other = new Http(otherBase);
        other.token = token;
        return other;
    }

    public Res get(String path) {
        return send(builder(path).GET());
    }

    public Res post(String path, Object json) {
        return send(builder(path).header("Content-Type", "application/json").POST(body(json)));
    }

    /** POSTs a new record, which must be created (201, else the body is the failure's message): its JSON. */
    public JsonNode created(String path, Object json) {
        Res r = post(path, json);
        Assertions.assertEquals(201, r.status(), r.body());
        return r.json();
    }

    public Res put(String path, Object json) {
        return send(builder(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    public Res delete(String path) {
        return send(builder(path).DELETE());
    }

    /** A download (a package, a spreadsheet) at a path or a full URL, with the token: 200 and its content type, else fails. */
    public byte[] download(String pathOrUrl, String contentType) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl
                    : base + pathOrUrl)).header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            Assertions.assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            Assertions.assertEquals(contentType, r.headers().firstValue("Content-Type").orElse(""));
            return r.body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Sends raw bytes with the given content type (malformed JSON, wrong types, huge bodies). */
    public Res raw(String method, String path, String contentType, String body) {
        return send(builder(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Posts an HTML form, as a browser does (cookies included). */
    public Res form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts a multipart body (one built by {@link RawClient#multipart}) as a page's plain upload form does, cookies
     * included; {@code headers} are more name, value pairs.
     */
    public Res multipart(String path, String boundary, byte[] body, String... headers) {
        HttpRequest.Builder b = builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The client with this session's cookies, for requests the helpers here do not build (multipart). */
    public HttpClient client() {
        return client;
    }

    public CookieManager cookies() {
        return cookies;
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static HttpRequest.BodyPublisher body(Object json) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Res send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Res(r.statusCode(), r.body(), r);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
