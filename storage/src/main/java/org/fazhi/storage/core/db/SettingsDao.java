package org.fazhi.storage.core.db;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Key-value settings that admins change at run time (thresholds, denominators, retake counts). */
public interface SettingsDao {
    @SqlQuery("SELECT value FROM settings WHERE key = :key")
    Optional<String> get(@Bind("key") String key);

    @SqlUpdate("INSERT INTO settings (key, value, updated_at) VALUES (:key, :value, :now) "
            + "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")
    void put(@Bind("key") String key, @Bind("value") String value, @Bind("now") Instant now);
}
