package org.fazhi.storage;

import org.fazhi.storage.migrate.MigrationSet;

/** A stand-in domain module for tests: one ledger table whose rows point at units and people. */
public final class TestModule {
    public static final MigrationSet MIGRATIONS = MigrationSet.of("storage-test", TestModule.class, "db/storage-test",
            "V1__test_ledger.sql");

    private TestModule() {
    }
}
