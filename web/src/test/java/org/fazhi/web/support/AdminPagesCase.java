package org.fazhi.web.support;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class with one server for the whole class and its admin signed in twice: through the API with a
 * bearer token ({@link #api}, to make records) and through the login form with cookies ({@link #page}, as
 * a browser without scripts uses the pages). The server is closed after the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdminPagesCase {
    @AutoClose
    protected final TestServer server = new TestServer();
    protected final Http api = server.login(TestServer.ADMIN);
    protected final Http page = Forms.signedIn(server, TestServer.ADMIN);
}
