package org.fazhi.web.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;

/**
 * The real server on a free port over a real SQLite file in a temp folder whose name has Chinese
 * characters and a space, as on an office PC ({@code D:\法治台账\数据}). One admin account exists.
 * {@link #TestServer(Clock)} starts it on a given clock (a {@link org.fazhi.storage.testing.TestClock} to pin and move the date).
 */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "test-password-1";

    private final Path dir;
    private final WebServer server;

    /** On the system clock, as a real server. */
    public TestServer() {
        this(null);
    }

    /**
     * On {@code clock}: what "today" and "now" are for every module, page, session and the daily backup.
     *
     * @param clock null for the system clock
     */
    public TestServer(Clock clock) {
        try {
            dir = Files.createTempDirectory("fazhi-web").resolve("法治台账 数据");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dir, false);
        server = clock == null ? WebServer.start(config) : WebServer.start(config, clock);
        createUser(ADMIN, Role.ADMIN, null);
    }

    /** Creates an account with {@link #PASSWORD}. */
    public UserAccount createUser(String username, Role role, Long orgId) {
        return services().users().create(Actor.SYSTEM, new UserAccount(null, username, null, role, orgId, false, 0), PASSWORD);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public CoreServices services() {
        return server.services();
    }

    public WebServer server() {
        return server;
    }

    /** The server's clock. */
    public Clock clock() {
        return server.clock();
    }

    public Path dataDir() {
        return dir;
    }

    /** A client signed in through POST /api/login. */
    public Http login(String username) {
        Http http = new Http(baseUrl());
        http.loginWithToken(username, PASSWORD);
        return http;
    }

    public Http anonymous() {
        return new Http(baseUrl());
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> files = Files.walk(dir.getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
