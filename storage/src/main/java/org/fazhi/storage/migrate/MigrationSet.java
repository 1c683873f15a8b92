package org.fazhi.storage.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordered migrations of one component ("core", "law-training", …). Each module lists its own
 * scripts, which live on its classpath, so a project that imports a module gets its tables with it.
 * Scripts are named {@code V<n>__<description>.sql} and numbered 1, 2, 3… without gaps.
 */
public final class MigrationSet {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    private final String component;
    private final List<Migration> migrations;

    private MigrationSet(String component, List<Migration> migrations) {
        this.component = component;
        this.migrations = List.copyOf(migrations);
    }

    /**
     * @param folder classpath folder of the scripts, e.g. {@code db/core}
     * @param scripts file names in order, e.g. {@code V1__orgs_people.sql}
     */
    public static MigrationSet of(String component, Class<?> anchor, String folder, String... scripts) {
        List<Migration> list = new ArrayList<>();
        for (int i = 0; i < scripts.length; i++) {
            Matcher m = NAME.matcher(scripts[i]);
            if (!m.matches()) {
                throw new IllegalArgumentException("migration name must be V<n>__<words>.sql: " + scripts[i]);
            }
            int version = Integer.parseInt(m.group(1));
            if (version != i + 1) {
                throw new IllegalArgumentException(component + ": migrations must be numbered 1.." + scripts.length
                        + " in order, found " + scripts[i]);
            }
            String sql = read(anchor, folder + "/" + scripts[i]);
            list.add(new Migration(component, version, m.group(2).replace('_', ' '), sql, sha256(sql)));
        }
        return new MigrationSet(component, list);
    }

    /** The first {@code n} migrations only: how tests rebuild a database of an earlier version. */
    public MigrationSet upTo(int n) {
        return new MigrationSet(component, migrations.subList(0, n));
    }

    public String component() {
        return component;
    }

    public List<Migration> migrations() {
        return migrations;
    }

    public int latestVersion() {
        return migrations.size();
    }

    private static String read(Class<?> anchor, String path) {
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the classpath: " + path);
            }
            // Normalise line endings so a checkout with CRLF does not change the checksum.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + path, e);
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
