package org.fazhi.web.server;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the server is started with: the command line's options.
 *
 * @param today the date to pin the server's clock to ({@code --today}); null for the real date. See
 *              {@link ServerClock#pinned}.
 */
public record ServerConfig(String host, int port, Path dataDir, boolean demo, LocalDate today) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** On the real date. */
    public ServerConfig(String host, int port, Path dataDir, boolean demo) {
        this(host, port, dataDir, demo, null);
    }
}
