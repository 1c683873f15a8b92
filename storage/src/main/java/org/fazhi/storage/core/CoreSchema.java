package org.fazhi.storage.core;

import org.fazhi.storage.migrate.MigrationSet;

/** The core tables: orgs and people (V1), then accounts, sessions, settings and the audit log (V2), failed sign-ins (V3), the units' 统一社会信用代码 (V4), the units received by 报送 (V5). */
public final class CoreSchema {
    public static final MigrationSet MIGRATIONS = MigrationSet.of("core", CoreSchema.class, "db/core",
            "V1__orgs_people.sql",
            "V2__accounts_audit.sql",
            "V3__login_failures.sql",
            "V4__org_codes.sql",
            "V5__received_units.sql");

    private CoreSchema() {
    }
}
