package org.fazhi.web.backup;

import org.fazhi.storage.backup.BackupSettings;
import java.time.Clock;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers the backup settings API and page. */
public final class BackupWeb {
    private BackupWeb() {
    }

    /** @param clock the server's: stamps a change of the setting */
    public static void register(ResourceConfig rc, CoreServices core, Database db, Clock clock) {
        BackupSettings settings = new BackupSettings(db.jdbi(), core.audit(), clock);
        rc.register(new BackupSettingsResource(settings));
        rc.register(new BackupPage(settings, db.folder().backups(), core.audit().zone()));
    }
}
