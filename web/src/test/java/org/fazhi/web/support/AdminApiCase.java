package org.fazhi.web.support;

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
}
