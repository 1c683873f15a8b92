package org.fazhi.storage.backup;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.db.SettingsDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The daily backup's one setting, how many daily archives to keep, and its last outcome, kept in the
 * settings table so an admin sees them on the page and over the API. Changing the setting is audited;
 * the outcome is the program's own bookkeeping and is not.
 */
public final class BackupSettings extends LedgerService {
    static final String KEEP = "backup.keep";
    static final String LAST_AT = "backup.lastBackupAt";
    static final String LAST_FILE = "backup.lastBackupFile";
    static final String LAST_ERROR = "backup.lastError";
    public static final int DEFAULT_KEEP = 7;
    public static final int MAX_KEEP = 365;

    public BackupSettings(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    /**
     * @param lastBackupFile the last daily archive, relative to the data folder
     * @param lastError      why the last daily backup failed; null once one succeeds again
     */
    public record Status(int keep, Instant lastBackupAt, String lastBackupFile, String lastError) {
    }

    public Status status() {
        return jdbi.withHandle(h -> {
            SettingsDao s = h.attach(SettingsDao.class);
            return new Status(keep(h), text(s, LAST_AT).map(Instant::parse).orElse(null),
                    text(s, LAST_FILE).orElse(null), text(s, LAST_ERROR).orElse(null));
        });
    }

    public int keep() {
        return jdbi.withHandle(BackupSettings::keep);
    }

    public Status setKeep(Actor actor, Integer keep) {
        Scope.requireAdmin(actor);
        if (keep == null || keep < 1 || keep > MAX_KEEP) {
            throw new ValidationException("keep", "保留份数应为1到" + MAX_KEEP + "之间的整数");
        }
        jdbi.useTransaction(h -> {
            int before = keep(h);
            h.attach(SettingsDao.class).put(KEEP, String.valueOf(keep), now());
            audit.record(h, actor, AuditLog.UPDATE, "setting", null, null,
                    "每日自动备份保留份数由 " + before + " 改为 " + keep, before, keep);
        });
        return status();
    }

    void recordSuccess(Instant at, String file) {
        jdbi.useTransaction(h -> {
            SettingsDao s = h.attach(SettingsDao.class);
            s.put(LAST_AT, at.toString(), at);
            s.put(LAST_FILE, file, at);
            s.put(LAST_ERROR, "", at);
        });
    }

    void recordFailure(Instant at, String message) {
        jdbi.useHandle(h -> h.attach(SettingsDao.class).put(LAST_ERROR, message, at));
    }

    private static int keep(Handle h) {
        return h.attach(SettingsDao.class).get(KEEP).map(Integer::parseInt).orElse(DEFAULT_KEEP);
    }

    private static Optional<String> text(SettingsDao s, String key) {
        return s.get(key).filter(v -> !v.isEmpty());
    }
}
