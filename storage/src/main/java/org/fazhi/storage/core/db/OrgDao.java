package org.fazhi.storage.core.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fazhi.model.org.Org;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The organisation tree. Subtrees are walked in SQL with a recursive CTE over {@code parent_id}. */
@RegisterConstructorMapper(Org.class)
public interface OrgDao {
    String COLUMNS = "id, name, kind, parent_id, version, code";
    String SUBTREE = "WITH RECURSIVE sub(id) AS (SELECT :root UNION SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id) ";

    @SqlQuery("SELECT " + COLUMNS + " FROM orgs WHERE id = :id")
    Optional<Org> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM orgs ORDER BY id")
    List<Org> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM orgs ORDER BY id LIMIT :limit OFFSET :offset")
    List<Org> page(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT count(*) FROM orgs")
    long count();

    @SqlQuery(SUBTREE + "SELECT " + COLUMNS + " FROM orgs WHERE id IN (SELECT id FROM sub) ORDER BY id")
    List<Org> subtree(@Bind("root") long root);

    @SqlQuery(SUBTREE + "SELECT " + COLUMNS + " FROM orgs WHERE id IN (SELECT id FROM sub) ORDER BY id LIMIT :limit OFFSET :offset")
    List<Org> subtreePage(@Bind("root") long root, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery(SUBTREE + "SELECT count(*) FROM sub")
    long subtreeCount(@Bind("root") long root);

    /** Names containing {@code q}, Latin letters in any case: names starting with it first, then shorter names. */
    String MATCH = "instr(lower(name), lower(CAST(:q AS TEXT))) > 0";
    String MATCH_ORDER = " ORDER BY CASE WHEN instr(lower(name), lower(CAST(:q AS TEXT))) = 1 THEN 0 ELSE 1 END, "
            + "length(name), id LIMIT :limit";

    @SqlQuery("SELECT " + COLUMNS + " FROM orgs WHERE " + MATCH + MATCH_ORDER)
    List<Org> search(@Bind("q") String q, @Bind("limit") int limit);

    @SqlQuery(SUBTREE + "SELECT " + COLUMNS + " FROM orgs WHERE id IN (SELECT id FROM sub) AND " + MATCH + MATCH_ORDER)
    List<Org> searchSubtree(@Bind("root") long root, @Bind("q") String q, @Bind("limit") int limit);

    /** The unit and its direct children, the unit first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM orgs WHERE id = :id OR parent_id = :id "
            + "ORDER BY CASE WHEN id = :id THEN 0 ELSE 1 END, id LIMIT :limit")
    List<Org> withChildren(@Bind("id") long id, @Bind("limit") int limit);

    /** The top units and their direct children, each top unit before its children. */
    @SqlQuery("SELECT " + COLUMNS + " FROM orgs WHERE parent_id IS NULL "
            + "OR parent_id IN (SELECT id FROM orgs WHERE parent_id IS NULL) "
            + "ORDER BY coalesce(parent_id, id), CASE WHEN parent_id IS NULL THEN 0 ELSE 1 END, id LIMIT :limit")
    List<Org> topWithChildren(@Bind("limit") int limit);

    /**
     * The names from each unit of {@code ids} up to {@code stop} (included; -1: up to the top), one row per
     * step, nearest last. UNION ALL with a depth bound, so a cycle cannot loop.
     */
    @SqlQuery("""
            WITH RECURSIVE up(hit, id, parent_id, name, depth) AS (
                SELECT id, id, parent_id, name, 0 FROM orgs WHERE id IN (<ids>)
                UNION ALL SELECT up.hit, o.id, o.parent_id, o.name, up.depth + 1 FROM orgs o JOIN up ON o.id = up.parent_id
                WHERE up.id <> :stop AND up.depth < 64)
            SELECT hit, name, depth FROM up ORDER BY hit, depth DESC""")
    @RegisterConstructorMapper(PathStep.class)
    List<PathStep> paths(@BindList("ids") List<Long> ids, @Bind("stop") long stop);

    /** One unit on the way up from {@code hit}: its name, {@code depth} steps above it. */
    record PathStep(long hit, String name, int depth) {
    }

    /** True when {@code id} is {@code ancestor} or below it. UNION (not UNION ALL) stops on any cycle. */
    @SqlQuery("""
            WITH RECURSIVE up(id, parent_id) AS (
                SELECT id, parent_id FROM orgs WHERE id = :id
                UNION SELECT o.id, o.parent_id FROM orgs o JOIN up ON o.id = up.parent_id)
            SELECT count(*) > 0 FROM up WHERE id = :ancestor""")
    boolean isWithin(@Bind("id") long id, @Bind("ancestor") long ancestor);

    @SqlQuery("SELECT id FROM orgs WHERE coalesce(parent_id, 0) = coalesce(:parentId, 0) AND name = :name")
    Optional<Long> findSibling(@Bind("parentId") Long parentId, @Bind("name") String name);

    @SqlQuery("SELECT " + COLUMNS + " FROM orgs WHERE code = :code")
    Optional<Org> findByCode(@Bind("code") String code);

    @SqlQuery("SELECT " + COLUMNS + " FROM orgs WHERE name = :name ORDER BY id")
    List<Org> findByName(@Bind("name") String name);

    @SqlQuery("SELECT count(*) FROM orgs WHERE parent_id = :id")
    long countChildren(@Bind("id") long id);

    @SqlUpdate("INSERT INTO orgs (name, kind, parent_id, code, version, created_at, updated_at) "
            + "VALUES (:name, :kind, :parentId, :code, 0, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods Org org, @Bind("now") Instant now);

    /** Updates only if the stored version is still {@code version}; returns the rows changed (0 or 1). */
    @SqlUpdate("UPDATE orgs SET name = :name, kind = :kind, parent_id = :parentId, code = :code, "
            + "version = version + 1, "
            + "updated_at = :now WHERE id = :id AND version = :version")
    int update(@BindMethods Org org, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM orgs WHERE id = :id")
    int delete(@Bind("id") long id);
}
