package org.fazhi.duty.duties.db;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.duties.PersonProgress;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The counting behind the progress board, in SQL. Items are first grouped by unit (a few hundred
 * rows, read by the (year, org_id, status, due_date) index), then rolled up: {@code top} maps every
 * unit of the subtree to the unit it rolls up into — the chosen unit to itself (its own leaders),
 * each unit directly below it to itself, everything deeper to its ancestor at that level. Without a
 * chosen unit every root of the ledger is a row. Fragments given with {@code @Define} come from code.
 */
public interface ProgressDao {
    /** Seed of the roll-up for a chosen unit {@code :root}. */
    String SEED_ROOT = "SELECT :root, :root, 0";
    /** Seed of the roll-up for the whole ledger: every root is a row. */
    String SEED_ALL = "SELECT id, id, 1 FROM orgs WHERE parent_id IS NULL AND :root IS NULL";
    String OVERDUE = "i.status IN ('NOT_STARTED', 'IN_PROGRESS') AND i.due_date < :today";

    /** One roll-up row; {@code depth} 0 is the chosen unit's own leaders. */
    record UnitRow(long orgId, String orgName, int depth, long total, long done, long overdue, long notApplicable) {
    }

    @SqlQuery("WITH RECURSIVE top(id, top_id, depth) AS (<seed> UNION ALL "
            + "SELECT o.id, CASE WHEN top.depth = 0 THEN o.id ELSE top.top_id END, top.depth + 1 "
            + "FROM orgs o JOIN top ON o.parent_id = top.id), "
            + "g AS (SELECT i.org_id AS org_id, count(*) AS total, count(*) FILTER (WHERE i.status = 'DONE') AS done, "
            + "  count(*) FILTER (WHERE " + OVERDUE + ") AS overdue, "
            + "  count(*) FILTER (WHERE i.status = 'NOT_APPLICABLE') AS not_applicable "
            + "  FROM duty_items i WHERE i.year = :year GROUP BY i.org_id) "
            + "SELECT t.top_id AS org_id, o.name AS org_name, min(t.depth) AS depth, coalesce(sum(g.total), 0) AS total, "
            + "coalesce(sum(g.done), 0) AS done, coalesce(sum(g.overdue), 0) AS overdue, "
            + "coalesce(sum(g.not_applicable), 0) AS not_applicable "
            + "FROM top t JOIN orgs o ON o.id = t.top_id LEFT JOIN g ON g.org_id = t.id "
            + "GROUP BY t.top_id, o.name")
    @RegisterConstructorMapper(UnitRow.class)
    List<UnitRow> units(@Define("seed") String seed, @Bind("root") Long root, @Bind("year") int year,
                        @Bind("today") LocalDate today);

    @SqlQuery("<cte> SELECT i.org_id, o.name AS org_name, i.person_id, p.name AS person_name, count(*) AS total, "
            + "count(*) FILTER (WHERE i.status = 'DONE') AS done, count(*) FILTER (WHERE " + OVERDUE + ") AS overdue, "
            + "count(*) FILTER (WHERE i.status = 'NOT_APPLICABLE') AS not_applicable "
            + "FROM duty_items i <join> JOIN people p ON p.id = i.person_id JOIN orgs o ON o.id = i.org_id "
            + "WHERE i.year = :year GROUP BY i.org_id, i.person_id, o.name, p.name")
    @RegisterConstructorMapper(PersonProgress.class)
    List<PersonProgress> people(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                                @Bind("year") int year, @Bind("today") LocalDate today);
}
