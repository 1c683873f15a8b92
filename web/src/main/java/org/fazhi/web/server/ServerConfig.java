package org.fazhi.web.server;

import java.nio.file.Path;
import java.time.LocalDate;
import org.fazhi.storage.PostgresTarget;

/**
 * What the server is started with: the command line's options.
 *
 * @param today       the date to pin the server's clock to ({@code --today}); null for the real date. See
 *                    {@link ServerClock#pinned}.
 * @param database    a shared instance's PostgreSQL database ({@code --db}); null for the SQLite file in
 *                    {@code dataDir}
 * @param attachments the attachments folder ({@code --attachments}, shared by every node); null for
 *                    {@code dataDir/attachments}
 * @param behindProxy whether the node is reached only through the office's reverse proxy
 *                    ({@code --behind-proxy}): the client's address is then taken from the proxy's
 *                    {@code X-Forwarded-For}/{@code Forwarded} header, for the login throttle, the audit log
 *                    and the access log. Never on a node clients reach directly: they could name any address.
 * @param activeRequests how many page and query requests run at once, the rest queued in arrival order
 *                    ({@code --active-requests}, {@link RequestQueue}); 0 for twice the cores, at least 4
 */
public record ServerConfig(String host, int port, Path dataDir, boolean demo, LocalDate today,
                           PostgresTarget database, Path attachments, boolean behindProxy, int activeRequests) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** With the request queue's default size. */
    public ServerConfig(String host, int port, Path dataDir, boolean demo, LocalDate today,
                        PostgresTarget database, Path attachments, boolean behindProxy) {
        this(host, port, dataDir, demo, today, database, attachments, behindProxy, 0);
    }

    /** Reached directly by its clients. */
    public ServerConfig(String host, int port, Path dataDir, boolean demo, LocalDate today,
                        PostgresTarget database, Path attachments) {
        this(host, port, dataDir, demo, today, database, attachments, false);
    }

    /** On the data folder's SQLite file. */
    public ServerConfig(String host, int port, Path dataDir, boolean demo, LocalDate today) {
        this(host, port, dataDir, demo, today, null, null);
    }

    /** On the data folder's SQLite file, on the real date. */
    public ServerConfig(String host, int port, Path dataDir, boolean demo) {
        this(host, port, dataDir, demo, null);
    }
}
