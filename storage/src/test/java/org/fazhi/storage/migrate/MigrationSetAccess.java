package org.fazhi.storage.migrate;

/** Package internals the storage tests check. */
public final class MigrationSetAccess {
    private MigrationSetAccess() {
    }

    public static int flywayChecksum(String sql) {
        return UpToDate.checksum(sql);
    }
}
