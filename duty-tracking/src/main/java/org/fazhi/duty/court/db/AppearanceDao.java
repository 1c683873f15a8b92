package org.fazhi.duty.court.db;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.storage.Engine;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The counting behind 出庭率, done in SQL. {@code top} maps every unit of the subtree to the
 * ranked unit it rolls up into: the chosen unit maps to itself (its own cases), each unit directly
 * below it to itself, and everything deeper to its ancestor at that level. Without a chosen unit,
 * each root of the ledger is a ranked unit.
 *
 * <p>Fragments given with {@code @Define} come from code only, never from a request.
 */
public interface AppearanceDao {
    /** Seed of {@link #TOP} for a chosen unit {@code :root}. */
    String SEED_ROOT = "SELECT :root, :root, 0";
    /** Seed of {@link #TOP} for the whole ledger: every root is a ranked unit. */
    String SEED_ALL = "SELECT id, id, 1 FROM orgs WHERE parent_id IS NULL AND :root IS NULL";
    String TOP = "WITH RECURSIVE top(id, top_id, depth) AS (<seed> UNION ALL "
            + "SELECT o.id, CASE WHEN top.depth = 0 THEN o.id ELSE top.top_id END, top.depth + 1 "
            + "FROM orgs o JOIN top ON o.parent_id = top.id) ";
    String HEAD = "h.head_appeared = 1 AND h.head_category IS NOT NULL AND h.head_category <> 'STAFF'";
    /** Hearings (of a group) where no head appeared without any reason. */
    String NO_SHOWS = "count(*) FILTER (WHERE h.head_appeared = 0 AND h.absence_reason = 'NONE')";

    /**
     * How a query names the hearings index it reads by {@code column} ({@code date} or {@code notified}):
     * SQLite's planner is told (see {@link #counted}); PostgreSQL's planner chooses by its statistics, and
     * PostgreSQL has no such hint.
     */
    static String indexed(Engine engine, String column) {
        return engine == Engine.SQLITE ? "INDEXED BY court_hearings_" + column : "";
    }

    /** A ranked unit: the chosen unit itself (depth 0) or one rolled up into. */
    record TopUnit(long id, String name, int depth) {
    }

    /**
     * Per ranked unit: instances (or hearings) counted, and those where a head, the principal, spoke;
     * then no-show hearings, losses and concluded instances among those counted (meaningful when
     * instances heard are counted; see {@link #outcomes} otherwise).
     */
    record Counted(long orgId, long heard, long appeared, long principal, long spoke, long noShows, long lost,
                   long concluded) {
    }

    /** Per ranked unit, over instances heard in the period: no-show hearings, losses, concluded instances. */
    record Outcomes(long orgId, long noShows, long lost, long concluded) {
    }

    @SqlQuery(TOP + "SELECT o.id, o.name, top.depth FROM top JOIN orgs o ON o.id = top.id "
            + "WHERE top.id = top.top_id ORDER BY top.depth, o.id")
    @RegisterConstructorMapper(TopUnit.class)
    List<TopUnit> topUnits(@Define("seed") String seed, @Bind("root") Long root);

    /**
     * The hearings of the period are read by their date index and sorted by case: the planner would
     * otherwise walk the (case_id, date) index through every year to spare the sort, twice as slow.
     *
     * @param column {@code date} (heard in the period) or {@code notified} (notice received in it)
     * @param group  {@code h.case_id} to count instances, {@code h.id} to count hearings
     */
    @SqlQuery(TOP + "SELECT top.top_id AS org_id, sum(g.heard) AS heard, sum(g.appeared) AS appeared, "
            + "sum(g.principal) AS principal, sum(g.spoke) AS spoke, sum(g.no_shows) AS no_shows, sum(g.lost) AS lost, "
            + "sum(g.concluded) AS concluded "
            // Grouped by defendant first (a few hundred rows), then rolled up: joining the walk of the
            // tree to every counted instance instead costs a scan of the walk per instance.
            + "FROM (SELECT c.defendant_org_id AS org_id, count(*) AS heard, sum(x.appeared) AS appeared, "
            + "  sum(x.principal) AS principal, sum(x.spoke) AS spoke, sum(x.no_shows) AS no_shows, "
            + "  count(*) FILTER (WHERE c.outcome = 'LOST') AS lost, count(*) FILTER (WHERE c.outcome <> 'PENDING') AS concluded "
            + "  FROM (SELECT h.case_id AS case_id, "
            + "    max(CASE WHEN " + HEAD + " THEN 1 ELSE 0 END) AS appeared, "
            + "    max(CASE WHEN h.head_appeared = 1 AND h.head_category = 'PRINCIPAL' THEN 1 ELSE 0 END) AS principal, "
            + "    max(CASE WHEN " + HEAD + " AND h.spoke = 1 THEN 1 ELSE 0 END) AS spoke, "
            + "    " + NO_SHOWS + " AS no_shows "
            + "    FROM court_hearings h <indexed> WHERE h.<column> >= :from AND h.<column> < :to GROUP BY <group>) x "
            + "  JOIN court_cases c ON c.id = x.case_id GROUP BY c.defendant_org_id) g "
            + "JOIN top ON top.id = g.org_id "
            + "GROUP BY top.top_id")
    @RegisterConstructorMapper(Counted.class)
    List<Counted> counted(@Define("seed") String seed, @Bind("root") Long root, @Define("column") String column,
                          @Define("indexed") String indexed,
                          @Define("group") String group, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /** A unit of the subtree and the ranked unit it rolls up into. */
    record Rollup(long id, long topId) {
    }

    @SqlQuery(TOP + "SELECT id, top_id FROM top")
    @RegisterConstructorMapper(Rollup.class)
    List<Rollup> rollup(@Define("seed") String seed, @Bind("root") Long root);

    /** A hearing of the period where no head appeared, with its case and unit. */
    record Absent(long orgId, String orgName, long caseId, String caseNo, String instance, LocalDate date,
                  String absenceReason, String absenceNote, String entrustedStaff, boolean lawyerOnly) {
    }

    /** Every absence of the period in the ledger (read by the date index); the caller keeps its subtree's. */
    @SqlQuery("SELECT c.defendant_org_id AS org_id, o.name AS org_name, c.id AS case_id, c.case_no, c.instance, h.date, "
            + "h.absence_reason, h.absence_note, h.entrusted_staff, h.lawyer_only "
            + "FROM court_hearings h <indexed> JOIN court_cases c ON c.id = h.case_id "
            + "JOIN orgs o ON o.id = c.defendant_org_id "
            + "WHERE h.date >= :from AND h.date < :to AND h.head_appeared = 0 ORDER BY h.date, h.id")
    @RegisterConstructorMapper(Absent.class)
    List<Absent> absences(@Define("indexed") String indexed, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery(TOP + "SELECT top.top_id AS org_id, sum(g.no_shows) AS no_shows, sum(g.lost) AS lost, "
            + "sum(g.concluded) AS concluded "
            + "FROM (SELECT c.defendant_org_id AS org_id, sum(x.no_shows) AS no_shows, "
            + "  count(*) FILTER (WHERE c.outcome = 'LOST') AS lost, count(*) FILTER (WHERE c.outcome <> 'PENDING') AS concluded "
            + "  FROM (SELECT h.case_id AS case_id, " + NO_SHOWS + " AS no_shows "
            + "    FROM court_hearings h WHERE h.date >= :from AND h.date < :to GROUP BY h.case_id) x "
            + "  JOIN court_cases c ON c.id = x.case_id GROUP BY c.defendant_org_id) g "
            + "JOIN top ON top.id = g.org_id "
            + "GROUP BY top.top_id")
    @RegisterConstructorMapper(Outcomes.class)
    List<Outcomes> outcomes(@Define("seed") String seed, @Bind("root") Long root,
                            @Bind("from") LocalDate from, @Bind("to") LocalDate to);
}
