package org.fazhi.storage.core.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fazhi.model.account.UserAccount;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(UserAccount.class)
public interface UserDao {
    String COLUMNS = "id, username, display_name, role, org_id, disabled, version";

    @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
    Optional<UserAccount> find(@Bind("id") long id);

    // Names are case-insensitive (SQLite's column is COLLATE NOCASE, PostgreSQL's index is on lower()).
    @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE lower(username) = lower(:username)")
    Optional<UserAccount> findByName(@Bind("username") String username);

    @SqlQuery("SELECT password_hash FROM users WHERE id = :id")
    Optional<String> passwordHash(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM users ORDER BY lower(username)")
    List<UserAccount> all();

    @SqlQuery("SELECT count(*) FROM users")
    long count();

    @SqlQuery("SELECT count(*) FROM users WHERE org_id = :orgId")
    long countInOrg(@Bind("orgId") long orgId);

    @SqlUpdate("INSERT INTO users (username, display_name, password_hash, role, org_id, disabled, version, created_at, updated_at) "
            + "VALUES (:username, :displayName, :hash, :role, :orgId, :disabled, 0, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods UserAccount user, @Bind("hash") String hash, @Bind("now") Instant now);

    @SqlUpdate("UPDATE users SET display_name = :displayName, role = :role, org_id = :orgId, disabled = :disabled, "
            + "version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int update(@BindMethods UserAccount user, @Bind("now") Instant now);

    @SqlUpdate("UPDATE users SET password_hash = :hash, version = version + 1, updated_at = :now WHERE id = :id")
    int setPassword(@Bind("id") long id, @Bind("hash") String hash, @Bind("now") Instant now);
}
