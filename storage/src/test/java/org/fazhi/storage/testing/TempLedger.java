package org.fazhi.storage.testing;

import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.Engine;
import org.fazhi.storage.PostgresTarget;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.migrate.MigrationSet;
import org.junit.jupiter.api.Assertions;

/**
 * A real ledger for tests: a fresh SQLite database in a new temp folder whose name holds Chinese
 * characters and a space ("法治台账 数据…"), as on a county office PC — or, when the suite runs on
 * PostgreSQL ({@link TestEngine}), a fresh schema in the test database. {@link #close()} closes the
 * database and deletes the folder (and the schema).
 *
 * <pre>{@code
 * // new TempLedger() for the core tables alone; pass a module's MigrationSet to get its tables too
 * try (TempLedger ledger = new TempLedger(YourModuleSchema.MIGRATIONS)) {
 *     Org county = ledger.services().orgs().create(Actor.SYSTEM, Org.draft("某县人民政府", OrgKind.COUNTY_GOV, null));
 *     Jdbi jdbi = ledger.database().jdbi();
 * }
 * }</pre>
 */
public final class TempLedger implements AutoCloseable {
    /** The zone {@link #services()} uses: the ledgers are kept in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DataFolder folder;
    private final PostgresTarget[] schema = new PostgresTarget[1];
    private final Database database;
    private final CoreServices services;

    /**
     * Creates the folder and opens the database with the core tables plus the given modules' tables.
     *
     * @param modules migration sets of the domain modules under test (none for the core alone)
     */
    public TempLedger(MigrationSet... modules) {
        this(Clock.system(ZONE), modules);
    }

    /**
     * As {@link #TempLedger(MigrationSet...)}, with {@link #services()} on {@code clock} (its zone should be
     * {@link #ZONE}): what "now" is for their stamps, the audit log and sign-in sessions.
     */
    public TempLedger(Clock clock, MigrationSet... modules) {
        this(TestEngine.current(), clock, modules);
    }

    /** A ledger on SQLite whatever the suite's engine: for tests of SQLite itself (its settings, file copies, disk faults). */
    public static TempLedger onSqlite(MigrationSet... modules) {
        return new TempLedger(Engine.SQLITE, Clock.system(ZONE), modules);
    }

    /** What a read of two ledgers gave: the one on the suite's engine and the one on SQLite. */
    public record Readings(String suite, String sqlite) {
        /**
         * Asserts the ledger had figures to compare (the reading on SQLite holds every one of {@code shown} and is
         * longer than {@code longerThan} characters) and that both engines read them the same, character for
         * character.
         */
        public void assertSame(int longerThan, String... shown) {
            for (String s : shown) {
                Assertions.assertTrue(sqlite.contains(s), () -> "no figures to compare: “" + s + "” is missing from\n" + sqlite);
            }
            Assertions.assertTrue(sqlite.length() > longerThan, () -> "no figures to compare: only " + sqlite.length()
                    + " characters\n" + sqlite);
            Assertions.assertEquals(sqlite, suite);
        }
    }

    /**
     * What {@code read} makes of a fresh ledger on the suite's engine and of a fresh one on SQLite, for a
     * test that both engines read the same ledger the same: on PostgreSQL it sets the engines side by
     * side, on SQLite it shows the figures depend on the data alone.
     */
    public static Readings onBothEngines(Function<TempLedger, String> read, MigrationSet... modules) {
        String suite;
        try (TempLedger ledger = new TempLedger(modules)) {
            suite = read.apply(ledger);
        }
        try (TempLedger ledger = onSqlite(modules)) {
            return new Readings(suite, read.apply(ledger));
        }
    }

    private TempLedger(Engine engine, Clock clock, MigrationSet... modules) {
        Path dir;
        try {
            dir = Files.createTempDirectory("法治台账 数据");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temp folder", e);
        }
        try {
            this.folder = DataFolder.open(dir);
            this.database = engine == Engine.SQLITE
                    ? Database.open(folder, List.of(modules), clock)
                    : TestEngine.open(folder, List.of(modules), schema);
        } catch (RuntimeException e) {
            deleteTree(dir);
            throw e;
        }
        this.services = new CoreServices(database, clock);
    }

    public Database database() {
        return database;
    }

    /** Org, person, user, session and audit services of this database, in {@link #ZONE}. */
    public CoreServices services() {
        return services;
    }

    /** Creates a unit through the services, as the system. */
    public Org org(String name, OrgKind kind, Org parent) {
        return services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parent == null ? null : parent.id()));
    }

    public DataFolder folder() {
        return folder;
    }

    /** Closes the database and deletes the folder with everything in it. */
    @Override
    public void close() {
        database.close();
        if (schema[0] != null) {
            TestEngine.dropSchema(schema[0]);
        }
        deleteTree(folder.root());
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
