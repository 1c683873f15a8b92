package org.fazhi.web.server;

import java.nio.file.Path;

/** What the server is started with: the command line's options. */
public record ServerConfig(String host, int port, Path dataDir, boolean demo) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HOST = "127.0.0.1";
}
