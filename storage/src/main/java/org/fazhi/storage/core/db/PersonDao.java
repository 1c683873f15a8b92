package org.fazhi.storage.core.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fazhi.model.person.Person;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** People of the units. Lists filter by an org subtree (or none) and optionally by category and name. */
@RegisterConstructorMapper(Person.class)
public interface PersonDao {
    String COLUMNS = "p.id, p.org_id, p.name, p.position, p.category, p.version";
    String SUBTREE = "WITH RECURSIVE sub(id) AS (SELECT :root UNION SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id) ";
    /** {@code <scope>} is either empty or the subtree join; the values come from code, never from requests. */
    String FILTER = " WHERE (:category IS NULL OR p.category = :category) AND (:unit IS NULL OR p.org_id = :unit) "
            + "AND (:q IS NULL OR instr(p.name, :q) > 0 OR instr(coalesce(p.position, ''), :q) > 0) ";

    @SqlQuery("SELECT " + COLUMNS + " FROM people p WHERE p.id = :id")
    Optional<Person> find(@Bind("id") long id);

    @SqlQuery("<cte> SELECT " + COLUMNS + " FROM people p <join>" + FILTER
            + "ORDER BY p.org_id, CASE p.category WHEN 'PRINCIPAL' THEN 0 WHEN 'DEPUTY' THEN 1 ELSE 2 END, p.id "
            + "LIMIT :limit OFFSET :offset")
    List<Person> page(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                      @Bind("unit") Long unit, @Bind("category") String category, @Bind("q") String q,
                      @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("<cte> SELECT count(*) FROM people p <join>" + FILTER)
    long count(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
               @Bind("unit") Long unit, @Bind("category") String category, @Bind("q") String q);

    /** People of the subtree (or everyone) per category, in one pass: the dashboard's register. */
    @SqlQuery("<cte> SELECT p.category AS category, count(*) AS n FROM people p <join> GROUP BY p.category")
    @RegisterConstructorMapper(CategoryCount.class)
    @org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings // :root only in the subtree's CTE
    List<CategoryCount> countByCategory(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root);

    record CategoryCount(String category, long n) {
    }

    @SqlQuery("SELECT count(*) FROM people WHERE org_id = :orgId")
    long countInOrg(@Bind("orgId") long orgId);

    @SqlUpdate("INSERT INTO people (org_id, name, position, category, version, created_at, updated_at) "
            + "VALUES (:orgId, :name, :position, :category, 0, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods Person person, @Bind("now") Instant now);

    @SqlUpdate("UPDATE people SET org_id = :orgId, name = :name, position = :position, category = :category, "
            + "version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int update(@BindMethods Person person, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM people WHERE id = :id")
    int delete(@Bind("id") long id);

    /** The fragments that confine a list to a subtree, or to nothing. */
    record Scope(String cte, String join) {
        public static final Scope ALL = new Scope("", "");
        public static final Scope SUBTREE_OF_ROOT = new Scope(SUBTREE, "JOIN sub ON sub.id = p.org_id");
    }
}
