package org.fazhi.storage;

import java.net.URI;
import java.util.Locale;

/**
 * Where a shared instance's PostgreSQL database is: a JDBC URL ({@code jdbc:postgresql://host:5432/fazhi},
 * optionally {@code ?user=fazhi&currentSchema=…}) and the password, which never travels in the URL or on
 * the command line (the server reads it from {@code FAZHI_DB_PASSWORD}).
 */
public record PostgresTarget(String url, String user, String password) {
    private static final String PREFIX = "jdbc:postgresql://";

    public PostgresTarget {
        if (url == null || !url.startsWith(PREFIX)) {
            throw new StorageException("数据库地址应以 jdbc:postgresql:// 开头,例如 jdbc:postgresql://127.0.0.1:5432/fazhi");
        }
        if (url.toLowerCase(Locale.ROOT).contains("password=")) {
            throw new StorageException("数据库地址中不能含密码:请把密码放在环境变量 FAZHI_DB_PASSWORD 中");
        }
        requirePorts(url);
    }

    /** Each host's port, where one is given, is a TCP port: the driver would only log a warning and fail later. */
    private static void requirePorts(String url) {
        String rest = url.substring(PREFIX.length());
        int end = rest.length();
        for (char c : new char[] {'/', '?'}) {
            int at = rest.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        for (String host : rest.substring(0, end).split(",")) {
            int colon = host.lastIndexOf(':');
            if (colon > host.lastIndexOf(']')) {
                String port = host.substring(colon + 1);
                int number;
                try {
                    number = Integer.parseInt(port);
                } catch (NumberFormatException e) {
                    number = 0;
                }
                if (number < 1 || number > 65535) {
                    throw new StorageException("数据库地址中的端口须为 1 到 65535 的整数:" + port);
                }
            }
        }
    }

    /**
     * A target from the URL, with the user from the URL's {@code user=} parameter (or {@code user} when
     * the URL has none) and the password given.
     */
    public static PostgresTarget of(String url, String password) {
        return new PostgresTarget(url, null, password);
    }

    /** {@code host:port/database}, for messages: never the password. */
    public String describe() {
        String rest = url.substring(PREFIX.length());
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    /** The host and port, for the message when it cannot be reached. */
    String hostAndPort() {
        URI uri = URI.create("postgresql://" + describe());
        return uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort());
    }
}
