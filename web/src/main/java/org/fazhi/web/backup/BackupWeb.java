package org.fazhi.web.backup;

import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers the backup settings API and page. */
public final class BackupWeb {
    private BackupWeb() {
    }

    public static void register(ResourceConfig rc, CoreServices core, Database db) {
        BackupSettings settings = new BackupSettings(db.jdbi(), core.audit());
        rc.register(new BackupSettingsResource(settings));
        rc.register(new BackupPage(settings, db.folder().backups(), core.audit().zone()));
    }
}
