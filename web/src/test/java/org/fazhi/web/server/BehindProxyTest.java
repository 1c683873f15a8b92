package org.fazhi.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes behind the office's reverse proxy see every request come from the proxy. With --behind-proxy the
 * node takes the client's address from the proxy's X-Forwarded-For: one guesser's pause holds for the guesser
 * only, and the audit log names the real address. Without it the header is ignored (a client reaching the node
 * directly must not choose its own address).
 */
class BehindProxyTest {
    private static final String PASSWORD = "proxy-test-password";

    @TempDir
    Path tmp;

    @Test
    void behindTheProxyTheThrottlePausesTheGuesserOnly() throws Exception {
        try (WebServer server = start(true)) {
            String base = "http://127.0.0.1:" + server.port();
            int throttled = 0;
            for (int i = 0; i < 30 && throttled == 0; i++) {
                int status = login(base, "user" + i, "wrong-password", "203.0.113.7");
                if (status == 429) {
                    throttled++;
                } else {
                    assertEquals(401, status, "a wrong password is 401 until the pause begins");
                }
            }
            assertEquals(1, throttled, "many failures from one address pause that address");
            assertEquals(429, login(base, "alice", PASSWORD, "203.0.113.7"), "the guesser's address stays paused");
            assertEquals(200, login(base, "alice", PASSWORD, "198.51.100.9"),
                    "another client behind the same proxy still signs in");
            List<String> logins = server.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT summary FROM audit_log WHERE username = 'alice' ORDER BY id").mapTo(String.class).list());
            assertEquals(List.of("登录(来自 198.51.100.9)"), logins, "the audit log names the client, not the proxy");
        }
    }

    @Test
    void withoutTheOptionTheHeaderIsIgnored() throws Exception {
        try (WebServer server = start(false)) {
            String base = "http://127.0.0.1:" + server.port();
            int status = 0;
            for (int i = 0; i < 30 && status != 429; i++) {
                status = login(base, "user" + i, "wrong-password", "203.0.113." + i);
            }
            assertEquals(429, status, "a forged header does not give a guesser a fresh address each time");
        }
    }

    private WebServer start(boolean behindProxy) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(behindProxy ? "proxied" : "direct"));
        WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, dir, false, null, null, null, behindProxy));
        server.services().users().create(Actor.SYSTEM, new UserAccount(null, "alice", null, Role.ADMIN, null, false, 0), PASSWORD);
        return server;
    }

    private static int login(String base, String user, String password, String forwardedFor) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
