package org.fazhi.storage;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.testing.ScratchSchema;
import org.fazhi.storage.testing.TempLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node refuses to serve a ledger whose schema a DBA's failed operation left broken: an invalid index (a
 * failed CREATE INDEX CONCURRENTLY leaves one behind) or a constraint added NOT VALID; once repaired, it opens.
 */
class PostgresIntegrityOnPostgresTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final ScratchSchema scratch = new ScratchSchema();
    final PostgresTarget schema = scratch.target();

    private Database open() {
        return Database.open(schema, DataFolder.open(tmp.resolve("node")), List.of());
    }

    @Test
    void anIndexLeftInvalidStopsTheStartUntilItIsRebuilt() {
        try (Database db = open()) {
            CoreServices s = new CoreServices(db, TempLedger.ZONE);
            Org county = s.orgs().create(Actor.SYSTEM, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null));
            s.orgs().create(Actor.SYSTEM, Org.draft("司法局", OrgKind.DEPARTMENT, county.id()));
            Org town = s.orgs().create(Actor.SYSTEM, Org.draft("城关镇", OrgKind.TOWNSHIP, county.id()));
            s.orgs().create(Actor.SYSTEM, Org.draft("司法局", OrgKind.DEPARTMENT, town.id()));
            // Two units share a name, so a unique index built concurrently fails and stays behind, invalid.
            assertThrows(RuntimeException.class, () -> db.jdbi().useHandle(h ->
                    h.execute("CREATE UNIQUE INDEX CONCURRENTLY orgs_name_dba ON orgs (name)")));
        }
        StorageException e = assertThrows(StorageException.class, this::open);
        assertTrue(e.getMessage().contains("完整性检查未通过") && e.getMessage().contains("索引 orgs_name_dba"), e.getMessage());

        asTheDba("DROP INDEX orgs_name_dba");
        open().close();
    }

    @Test
    void aConstraintAddedNotValidStopsTheStartUntilItIsValidated() {
        try (Database db = open()) {
            db.jdbi().useHandle(h -> h.execute("ALTER TABLE orgs ADD CONSTRAINT orgs_name_filled CHECK (name <> '') NOT VALID"));
        }
        StorageException e = assertThrows(StorageException.class, this::open);
        assertTrue(e.getMessage().contains("约束 orgs_name_filled(表 orgs)"), e.getMessage());
        asTheDba("ALTER TABLE orgs VALIDATE CONSTRAINT orgs_name_filled");
        open().close();
    }

    /** What the DBA does beside the program, on a connection of their own. */
    private void asTheDba(String sql) {
        java.util.Properties p = new java.util.Properties();
        if (schema.user() != null) {
            p.setProperty("user", schema.user());
        }
        p.setProperty("password", schema.password());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(schema.url(), p);
             java.sql.Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
