package org.fazhi.storage.core.db;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Failed sign-ins per key ("u:name" for an account, "a:address" for a client address). */
public interface LoginFailureDao {
    record Row(int failures, Instant lastFailure, Instant lockedUntil) {
    }

    @SqlQuery("SELECT failures, last_failure, locked_until FROM login_failures WHERE key = :key")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Row.class)
    Optional<Row> find(@Bind("key") String key);

    @SqlUpdate("INSERT INTO login_failures (key, failures, last_failure, locked_until) VALUES (:key, :failures, :at, :lockedUntil) "
            + "ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_failure = excluded.last_failure, "
            + "locked_until = excluded.locked_until")
    void put(@Bind("key") String key, @Bind("failures") int failures, @Bind("at") Instant at,
             @Bind("lockedUntil") Instant lockedUntil);

    @SqlUpdate("DELETE FROM login_failures WHERE key = :key")
    void forget(@Bind("key") String key);

    @SqlUpdate("DELETE FROM login_failures WHERE last_failure < :before")
    void forgetOlderThan(@Bind("before") Instant before);
}
