package org.fazhi.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.junit.jupiter.api.AutoClose;

/**
 * A test class with its own server, on the system clock or a given one, and the admin signed in to the API
 * with a bearer token ({@link #admin}); the server is closed with the test instance (the class's
 * {@code @TestInstance} says whether that is once for the class or once per test).
 */
public abstract class AdminApiCase {
    @AutoClose
    protected final TestServer server;
    protected final Http admin;

    protected AdminApiCase() {
        this(null);
    }

    /** @param clock what "today" and "now" are for the server (null: the system clock) */
    protected AdminApiCase(Clock clock) {
        server = new TestServer(clock);
        admin = server.login(TestServer.ADMIN);
    }

    /**
     * POSTs a new record to {@code collection} as the admin: it must be created (201) at {@code collection/id}, its
     * Location, where a GET answers the very JSON the POST did. That JSON.
     */
    protected JsonNode createdAndReadBack(String collection, Object body) {
        Http.Res r = admin.post(collection, body);
        assertEquals(201, r.status(), r.body());
        JsonNode j = r.json();
        String at = collection + "/" + j.get("id").asLong();
        assertEquals(at, r.header("Location"));
        assertEquals(r.body(), admin.get(at).body());
        return j;
    }
}
