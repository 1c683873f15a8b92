package org.fazhi.storage.core.db;

import java.time.Instant;
import java.util.Optional;
import org.fazhi.storage.core.Session;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Session.class)
public interface SessionDao {
    @SqlUpdate("INSERT INTO sessions (token_hash, user_id, kind, csrf_token, created_at, expires_at) "
            + "VALUES (:hash, :userId, :kind, :csrf, :now, :expires)")
    void insert(@Bind("hash") String tokenHash, @Bind("userId") long userId, @Bind("kind") String kind,
                @Bind("csrf") String csrf, @Bind("now") Instant now, @Bind("expires") Instant expires);

    @SqlQuery("SELECT user_id, kind, csrf_token, expires_at FROM sessions WHERE token_hash = :hash AND expires_at > :now")
    Optional<Session> findLive(@Bind("hash") String tokenHash, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM sessions WHERE token_hash = :hash")
    int delete(@Bind("hash") String tokenHash);

    @SqlUpdate("DELETE FROM sessions WHERE user_id = :userId")
    int deleteForUser(@Bind("userId") long userId);

    @SqlUpdate("DELETE FROM sessions WHERE user_id = :userId AND token_hash <> :keep")
    int deleteForUserExcept(@Bind("userId") long userId, @Bind("keep") String keepTokenHash);

    @SqlUpdate("DELETE FROM sessions WHERE expires_at <= :now")
    int deleteExpired(@Bind("now") Instant now);
}
