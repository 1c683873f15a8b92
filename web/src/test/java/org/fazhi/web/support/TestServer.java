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
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.Engine;
import org.fazhi.storage.PostgresTarget;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.testing.TestEngine;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;

/**
 * The real server on a free port over a real SQLite file in a temp folder whose name has Chinese
 * characters and a space, as on an office PC ({@code D:\法治台账\数据}) — or, when the suite runs on
 * PostgreSQL ({@link TestEngine}), over a fresh schema of the test database, as a shared instance's node
 * ({@code --db}). One admin account exists. {@link #TestServer(Clock)} starts it on a given clock (a
 * {@link org.fazhi.storage.testing.TestClock} to pin and move the date); {@link #secondNode()} starts another
 * node on the same database and attachments folder.
 */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "test-password-1";

    private final Path dir;
    private final PostgresTarget schema;
    private final boolean ownsSchema;
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
        this(clock, TestEngine.current() == Engine.POSTGRESQL ? TestEngine.newSchema() : null, null, true);
        createUser(ADMIN, Role.ADMIN, null);
    }

    private TestServer(Clock clock, PostgresTarget schema, Path attachments, boolean ownsSchema) {
        try {
            dir = Files.createTempDirectory("fazhi-web").resolve("法治台账 数据");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        this.schema = schema;
        this.ownsSchema = ownsSchema;
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dir, false, null, schema, attachments);
        try {
            server = clock == null ? WebServer.start(config) : WebServer.start(config, clock);
        } catch (RuntimeException e) {
            if (schema != null && ownsSchema) {
                TestEngine.dropSchema(schema);
            }
            throw e;
        }
    }

    /**
     * Another app node on this server's PostgreSQL database and attachments folder, as a shared instance
     * runs several behind one proxy; on the same clock. Only on PostgreSQL.
     */
    public TestServer secondNode() {
        if (schema == null) {
            throw new IllegalStateException("a second node needs the shared database of the postgresql suite");
        }
        return new TestServer(server.clock(), schema, server.database().folder().attachments(), false);
    }

    /** Creates an account with {@link #PASSWORD}. */
    public UserAccount createUser(String username, Role role, Long orgId) {
        return services().users().create(Actor.SYSTEM, new UserAccount(null, username, null, role, orgId, false, 0), PASSWORD);
    }

    /** Stores a unit as the system, below {@code parent} (null: a top-level unit). */
    public Org org(String name, OrgKind kind, Org parent) {
        return services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parent == null ? null : parent.id()));
    }

    /** Stores a person of {@code org} as the system. */
    public Person person(Org org, String name, String position, LeaderCategory category) {
        return services().people().create(Actor.SYSTEM, Person.draft(org.id(), name, position, category));
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
        if (schema != null && ownsSchema) {
            TestEngine.dropSchema(schema);
        }
        try (Stream<Path> files = Files.walk(dir.getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
