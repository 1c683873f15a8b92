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
import org.fazhi.storage.Engine;

/**
 * The ordered migrations of one component ("core", "law-training", …). Each module lists its own
 * scripts, which live on its classpath, so a project that imports a module gets its tables with it.
 * Scripts are named {@code V<n>__<description>.sql} and numbered 1, 2, 3… without gaps.
 *
 * <p>A script is written once for both engines where it can be. Where an engine needs its own text
 * (SQLite's {@code INTEGER PRIMARY KEY} and triggers against PostgreSQL's identities and functions),
 * the engine's version lies beside it in a sub-folder named for the engine, e.g.
 * {@code db/core/postgresql/V1__orgs_people.sql}; the scripts directly in the folder are the ones SQLite
 * runs, which keeps every script an existing SQLite ledger has applied byte for byte as it was.
 */
public final class MigrationSet {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    private static final String HISTORY_PREFIX = "flyway_";
    private static final Pattern COMPONENT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final String component;
    private final Class<?> anchor;
    private final String folder;
    private final List<Migration> migrations;

    private MigrationSet(String component, Class<?> anchor, String folder, List<Migration> migrations) {
        this.component = component;
        this.anchor = anchor;
        this.folder = folder;
        this.migrations = List.copyOf(migrations);
    }

    /**
     * @param folder classpath folder of the scripts, e.g. {@code db/core}
     * @param scripts file names in order, e.g. {@code V1__orgs_people.sql}
     */
    public static MigrationSet of(String component, Class<?> anchor, String folder, String... scripts) {
        if (!COMPONENT.matcher(component).matches()) {
            // The name becomes the history table's (flyway_law_training) and must come back from it.
            throw new IllegalArgumentException("component must be lower-case words joined by '-': " + component);
        }
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
        return new MigrationSet(component, anchor, folder, list);
    }

    /** The first {@code n} migrations only: how tests rebuild a database of an earlier version. */
    public MigrationSet upTo(int n) {
        return new MigrationSet(component, anchor, folder, migrations.subList(0, n));
    }

    /**
     * The scripts as {@code engine} runs them: each one's own version for the engine where there is
     * one, the shared script otherwise.
     */
    public List<Migration> migrations(Engine engine) {
        if (engine == Engine.SQLITE) {
            return migrations;
        }
        List<Migration> out = new ArrayList<>();
        for (Migration m : migrations) {
            String name = "V" + m.version() + "__" + m.description().replace(' ', '_') + ".sql";
            String own = folder + "/" + engine.scriptFolder() + "/" + name;
            if (anchor.getClassLoader().getResource(own) == null) {
                out.add(m);
            } else {
                String sql = read(anchor, own);
                out.add(new Migration(component, m.version(), m.description(), sql, sha256(sql)));
            }
        }
        return out;
    }

    public String component() {
        return component;
    }

    /** The classpath folder of the scripts, e.g. {@code db/core}. */
    public String folder() {
        return folder;
    }

    /** The table keeping this component's applied versions: one history per module, e.g. {@code flyway_law_training}. */
    public String historyTable() {
        return historyTable(component);
    }

    static String historyTable(String component) {
        return HISTORY_PREFIX + component.replace('-', '_');
    }

    /** The component a history table belongs to, or null for a table that is not one. */
    public static String componentOf(String table) {
        return table.startsWith(HISTORY_PREFIX) ? table.substring(HISTORY_PREFIX.length()).replace('_', '-') : null;
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
