package org.fazhi.training.signin.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fazhi.training.signin.SignIn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Sign-in windows (one per study session, found by the SHA-256 of its token) and the arrivals. */
public interface SignInDao {
    String WINDOW = "SELECT session_id, opened_at, expires_at, late_after, closed_at, opened_by FROM study_signin_windows ";

    /** A window's row as stored; {@code lateAfter} is HH:mm text. */
    record Row(long sessionId, Instant openedAt, Instant expiresAt, String lateAfter, Instant closedAt, String openedBy) {
    }

    /** One of the unit's people as the phone page lists them. */
    record Name(long id, String name) {
    }

    @SqlQuery(WINDOW + "WHERE session_id = :sessionId")
    @RegisterConstructorMapper(Row.class)
    Optional<Row> window(@Bind("sessionId") long sessionId);

    @SqlQuery(WINDOW + "WHERE token_sha256 = :sha")
    @RegisterConstructorMapper(Row.class)
    Optional<Row> windowOfToken(@Bind("sha") String sha256);

    @SqlUpdate("INSERT INTO study_signin_windows (session_id, token_sha256, opened_at, expires_at, late_after, closed_at, "
            + "opened_by) VALUES (:sessionId, :sha, :now, :expiresAt, :lateAfter, NULL, :by) "
            + "ON CONFLICT (session_id) DO UPDATE SET token_sha256 = excluded.token_sha256, opened_at = excluded.opened_at, "
            + "expires_at = excluded.expires_at, late_after = excluded.late_after, closed_at = NULL, opened_by = excluded.opened_by")
    void open(@Bind("sessionId") long sessionId, @Bind("sha") String sha256, @Bind("now") Instant now,
              @Bind("expiresAt") Instant expiresAt, @Bind("lateAfter") String lateAfter, @Bind("by") String by);

    @SqlUpdate("UPDATE study_signin_windows SET closed_at = :at WHERE session_id = :sessionId AND closed_at IS NULL")
    int close(@Bind("sessionId") long sessionId, @Bind("at") Instant at);

    @SqlQuery("SELECT person_id, name, guest, late, signed_at FROM study_signins WHERE session_id = :sessionId "
            + "ORDER BY signed_at, id")
    @RegisterConstructorMapper(SignIn.class)
    List<SignIn> signIns(@Bind("sessionId") long sessionId);

    @SqlQuery("SELECT person_id, name, guest, late, signed_at FROM study_signins WHERE session_id = :sessionId "
            + "AND person_id = :personId")
    @RegisterConstructorMapper(SignIn.class)
    Optional<SignIn> person(@Bind("sessionId") long sessionId, @Bind("personId") long personId);

    @SqlQuery("SELECT person_id, name, guest, late, signed_at FROM study_signins WHERE session_id = :sessionId "
            + "AND guest = 1 AND name = :name")
    @RegisterConstructorMapper(SignIn.class)
    Optional<SignIn> guest(@Bind("sessionId") long sessionId, @Bind("name") String name);

    @SqlQuery("SELECT count(*) FROM study_signins WHERE session_id = :sessionId AND guest = 1")
    int guests(@Bind("sessionId") long sessionId);

    @SqlUpdate("INSERT INTO study_signins (session_id, person_id, name, guest, late, signed_at) "
            + "VALUES (:sessionId, :personId, :name, :guest, :late, :at)")
    void signIn(@Bind("sessionId") long sessionId, @Bind("personId") Long personId, @Bind("name") String name,
                @Bind("guest") boolean guest, @Bind("late") boolean late, @Bind("at") Instant at);

    /** The people of exactly this unit (not its subtree), by name as the register has them. */
    @SqlQuery("SELECT id, name FROM people WHERE org_id = :orgId ORDER BY id")
    @RegisterConstructorMapper(Name.class)
    List<Name> people(@Bind("orgId") long orgId);

    @SqlQuery("SELECT name FROM orgs WHERE id = :orgId")
    String orgName(@Bind("orgId") long orgId);
}
