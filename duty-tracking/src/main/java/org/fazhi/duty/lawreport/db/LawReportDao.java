package org.fazhi.duty.lawreport.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fazhi.duty.lawreport.LawReport;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * 年终述法 records with the leader's and the unit's names, and the year's figures counted in SQL.
 * {@code <cte>}/{@code <join>} confine a query to a unit subtree; they come from code, never from a request.
 */
@RegisterConstructorMapper(LawReport.class)
public interface LawReportDao {
    String COLUMNS = "r.id, r.person_id, p.name AS person_name, r.org_id, o.name AS org_name, r.year, r.way, "
            + "r.reported_on, r.rating, r.score, r.note, r.version";
    String FROM = " FROM law_reports r JOIN people p ON p.id = r.person_id JOIN orgs o ON o.id = r.org_id ";
    /** {@code <yearSeek>}: {@code Seek.when(year, "r.year = :year")}, so that SQLite seeks the year. */
    String FILTER = " WHERE <yearSeek>(:year IS NULL OR r.year = :year) AND (:personId IS NULL OR r.person_id = :personId) ";

    @SqlQuery("SELECT " + COLUMNS + FROM + "WHERE r.id = :id")
    Optional<LawReport> find(@Bind("id") long id);

    /** The report a leader already has for the year, if any. */
    @SqlQuery("SELECT id FROM law_reports WHERE person_id = :personId AND year = :year")
    Optional<Long> idOf(@Bind("personId") long personId, @Bind("year") int year);

    // Principals first within a unit, as the ledgers list leaders; names in code-point order on both engines.
    @SqlQuery("<cte> SELECT " + COLUMNS + FROM + "<join>" + FILTER
            + "ORDER BY r.year DESC, r.org_id, CASE p.category WHEN 'PRINCIPAL' THEN 0 ELSE 1 END, p.name <codePointOrder>, r.id "
            + "LIMIT :limit OFFSET :offset")
    List<LawReport> page(@Define("cte") String cte, @Define("join") String join, @Define("yearSeek") String yearSeek, @Bind("root") Long root,
                         @Bind("year") Integer year, @Bind("personId") Long personId,
                         @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("<cte> SELECT count(*)" + FROM + "<join>" + FILTER)
    long count(@Define("cte") String cte, @Define("join") String join, @Define("yearSeek") String yearSeek, @Bind("root") Long root,
               @Bind("year") Integer year, @Bind("personId") Long personId);

    @SqlUpdate("INSERT INTO law_reports (person_id, org_id, year, way, reported_on, rating, score, note, version, "
            + "created_at, updated_at) VALUES (:personId, :orgId, :year, :way, :reportedOn, :rating, :score, :note, 0, "
            + ":now, :now)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods LawReport r, @Bind("now") Instant now);

    @SqlUpdate("UPDATE law_reports SET person_id = :personId, org_id = :orgId, year = :year, way = :way, "
            + "reported_on = :reportedOn, rating = :rating, score = :score, note = :note, version = version + 1, "
            + "updated_at = :now WHERE id = :id AND version = :version")
    int update(@BindMethods LawReport r, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM law_reports WHERE id = :id")
    int delete(@Bind("id") long id);

    /**
     * The PRINCIPAL people of the subtree (joined on {@code p.org_id}) and how many of them have a
     * report for the year.
     */
    @SqlQuery("<cte> SELECT count(*) AS leaders, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM law_reports x "
            + "WHERE x.person_id = p.id AND x.year = :year)) AS reported "
            + "FROM people p <join> WHERE p.category = 'PRINCIPAL'")
    @RegisterConstructorMapper(Coverage.class)
    Coverage coverage(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                      @Bind("year") int year);

    /** The year's reports of the subtree (joined on {@code r.org_id}) counted by way and rating. */
    @SqlQuery("<cte> SELECT r.way, r.rating, count(*) AS reports FROM law_reports r <join> WHERE r.year = :year "
            + "GROUP BY r.way, r.rating")
    @RegisterConstructorMapper(Tally.class)
    List<Tally> tally(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                      @Bind("year") int year);

    record Coverage(long leaders, long reported) {
    }

    /** Reports of one way and rating; {@code rating} null for those not yet rated. */
    record Tally(String way, String rating, long reports) {
    }
}
