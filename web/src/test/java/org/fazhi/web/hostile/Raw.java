package org.fazhi.web.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Sends exact bytes (bad UTF-8, UTF-16, cut files) with any content type, signed in with a token. */
final class Raw {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CJK = Pattern.compile("[\\x{4e00}-\\x{9fff}]");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Raw() {
    }

    record Answer(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }

        /**
         * What is wrong with this as the answer to a spoiled request: null for a clean refusal, or for an
         * acceptance where accepting is allowed; never a 5xx.
         */
        String problemAnswering(boolean mustRefuse) {
            if (status >= 500) {
                return "server fault";
            }
            if (ok()) {
                return mustRefuse ? "accepted a body that must be refused" : null;
            }
            return problemWithRefusal();
        }

        /** A refusal the user can read: 4xx, a JSON {error, message} body, the message in Chinese. */
        String problemWithRefusal() {
            if (status < 400 || status >= 500) {
                return "status " + status + " is not 4xx";
            }
            JsonNode json;
            try {
                json = JSON.readTree(body);
            } catch (IOException e) {
                return "body is not JSON";
            }
            if (json == null || !json.hasNonNull("error") || !json.hasNonNull("message")) {
                return "body has no {error, message}";
            }
            if (!CJK.matcher(json.get("message").asText()).find()) {
                return "message is not Chinese";
            }
            return null;
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    static Answer send(String base, String token, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
