package org.fazhi.storage.core.db;

import java.time.Instant;
import java.util.List;
import org.fazhi.storage.core.AuditEntry;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The audit log: insert and read only; triggers in the schema refuse UPDATE and DELETE. */
@RegisterConstructorMapper(AuditEntry.class)
public interface AuditDao {
    String FILTER = " WHERE (:username IS NULL OR lower(username) = lower(:username)) AND (:entity IS NULL OR entity = :entity) "
            + "AND (:entityId IS NULL OR entity_id = :entityId) AND (:action IS NULL OR action = :action) "
            + "AND (:from IS NULL OR at >= :from) AND (:to IS NULL OR at < :to) ";

    @SqlUpdate("INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, org_id, summary, before_json, after_json) "
            + "VALUES (:at, :userId, :username, :action, :entity, :entityId, :orgId, :summary, :before, :after)")
    @GetGeneratedKeys("id")
    long insert(@Bind("at") Instant at, @Bind("userId") Long userId, @Bind("username") String username,
                @Bind("action") String action, @Bind("entity") String entity, @Bind("entityId") Long entityId,
                @Bind("orgId") Long orgId, @Bind("summary") String summary,
                @Bind("before") String before, @Bind("after") String after);

    @SqlQuery("SELECT id, at, user_id, username, action, entity, entity_id, org_id, summary, before_json, after_json "
            + "FROM audit_log" + FILTER + "ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<AuditEntry> page(@Bind("username") String username, @Bind("entity") String entity,
                          @Bind("entityId") Long entityId, @Bind("action") String action,
                          @Bind("from") Instant from, @Bind("to") Instant to,
                          @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT count(*) FROM audit_log" + FILTER)
    long count(@Bind("username") String username, @Bind("entity") String entity,
               @Bind("entityId") Long entityId, @Bind("action") String action,
               @Bind("from") Instant from, @Bind("to") Instant to);
}
