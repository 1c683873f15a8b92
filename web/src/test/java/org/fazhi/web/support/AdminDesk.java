package org.fazhi.web.support;

import java.util.Map;

/** A server with the admin signed in twice, on the API (bearer token) and on the pages (cookie), and one unit. */
public final class AdminDesk implements AutoCloseable {
    public final TestServer server = new TestServer();
    public final Http api = server.login(TestServer.ADMIN);
    public final Http page = Forms.signedIn(server, TestServer.ADMIN);
    /** The unit, created through the API. */
    public final long org;

    public AdminDesk(String orgName, String orgKind) {
        org = api.post("/api/orgs", Map.of("name", orgName, "kind", orgKind)).json().get("id").asLong();
    }

    @Override
    public void close() {
        server.close();
    }
}
