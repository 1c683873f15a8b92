package org.fazhi.duty.rectify.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationStep;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The 整改 ledger and its steps. {@code overdue} is judged in SQL against {@code :today}, so the
 * list filter, the figures and each row agree. {@code <cte>}/{@code <join>} confine a query to a
 * unit subtree; they come from code, never from a request.
 */
@RegisterConstructorMapper(Rectification.class)
public interface RectificationDao {
    String OVERDUE = "(r.status <> 'CLOSED' AND r.deadline < :today)";
    String COLUMNS = "r.id, r.org_id, o.name AS org_name, r.problem, r.source, r.found_on, r.deadline, r.measures, "
            + "r.responsible, r.status, r.closed_on, r.closing_note, " + OVERDUE + " AS overdue, r.version";
    String FROM = " FROM rectifications r JOIN orgs o ON o.id = r.org_id ";
    /** An item belongs to a year when it was found or falls due in it. */
    String IN_YEAR = "(:from IS NULL OR (r.found_on >= :from AND r.found_on < :to) "
            + "OR (r.deadline >= :from AND r.deadline < :to))";
    /** {@link #IN_YEAR} without its "no year" branch: {@code Seek.when(from, SEEK_YEAR)} lets SQLite seek both dates' indexes. */
    String SEEK_YEAR = "((r.found_on >= :from AND r.found_on < :to) OR (r.deadline >= :from AND r.deadline < :to))";
    String FILTER = " WHERE <yearSeek>" + IN_YEAR + " AND (:status IS NULL OR r.status = :status) "
            + "AND (:overdueOnly = 0 OR " + OVERDUE + ") "
            + "AND (:q IS NULL OR instr(r.problem, :q) > 0 OR instr(coalesce(r.source, ''), :q) > 0 "
            + "OR instr(coalesce(r.measures, ''), :q) > 0 OR instr(coalesce(r.responsible, ''), :q) > 0) ";

    @SqlQuery("SELECT " + COLUMNS + FROM + "WHERE r.id = :id")
    Optional<Rectification> find(@Bind("id") long id, @Bind("today") LocalDate today);

    // Open items first, the most pressing deadline on top; closed ones after them.
    @SqlQuery("<cte> SELECT " + COLUMNS + FROM + "<join>" + FILTER
            + "ORDER BY r.status = 'CLOSED', r.deadline, r.id LIMIT :limit OFFSET :offset")
    List<Rectification> page(@Define("cte") String cte, @Define("join") String join, @Define("yearSeek") String yearSeek,
                             @Bind("root") Long root,
                             @Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("status") String status,
                             @Bind("overdueOnly") boolean overdueOnly, @Bind("q") String q,
                             @Bind("today") LocalDate today, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("<cte> SELECT count(*)" + FROM + "<join>" + FILTER)
    long count(@Define("cte") String cte, @Define("join") String join, @Define("yearSeek") String yearSeek, @Bind("root") Long root,
               @Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("status") String status,
               @Bind("overdueOnly") boolean overdueOnly, @Bind("q") String q, @Bind("today") LocalDate today);

    @SqlUpdate("INSERT INTO rectifications (org_id, problem, source, found_on, deadline, measures, responsible, status, "
            + "version, created_at, updated_at) VALUES (:orgId, :problem, :source, :foundOn, :deadline, :measures, "
            + ":responsible, 'OPEN', 0, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods Rectification r, @Bind("now") Instant now);

    /** Changes the editable fields; status and 销号 stay as they are. */
    @SqlUpdate("UPDATE rectifications SET org_id = :orgId, problem = :problem, source = :source, found_on = :foundOn, "
            + "deadline = :deadline, measures = :measures, responsible = :responsible, version = version + 1, "
            + "updated_at = :now WHERE id = :id AND version = :version")
    int update(@BindMethods Rectification r, @Bind("now") Instant now);

    /** Moves an item to its next status (with the measures, and the 销号 date and note when closing). */
    @SqlUpdate("UPDATE rectifications SET status = :status, measures = :measures, closed_on = :closedOn, "
            + "closing_note = :closingNote, version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int move(@Bind("id") long id, @Bind("version") int version, @Bind("status") String status,
             @Bind("measures") String measures, @Bind("closedOn") LocalDate closedOn,
             @Bind("closingNote") String closingNote, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM rectifications WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlUpdate("INSERT INTO rectification_steps (rectification_id, action, from_status, to_status, comment, actor, at) "
            + "VALUES (:id, :action, :fromStatus, :toStatus, :comment, :actor, :at)")
    void step(@Bind("id") long id, @Bind("action") String action, @Bind("fromStatus") String fromStatus,
              @Bind("toStatus") String toStatus, @Bind("comment") String comment, @Bind("actor") String actor,
              @Bind("at") Instant at);

    @SqlQuery("SELECT id, rectification_id, action, from_status, to_status, comment, actor, at "
            + "FROM rectification_steps WHERE rectification_id = :id ORDER BY at, id")
    @RegisterConstructorMapper(RectificationStep.class)
    List<RectificationStep> steps(@Bind("id") long id);

    @SqlQuery("<cte> SELECT count(*) AS total, count(*) FILTER (WHERE r.status = 'CLOSED') AS closed, "
            + "count(*) FILTER (WHERE " + OVERDUE + ") AS overdue, "
            + "count(*) FILTER (WHERE r.status = 'CLOSED' AND r.closed_on <= r.deadline) AS closed_on_time "
            + "FROM rectifications r <join> WHERE " + IN_YEAR)
    @RegisterConstructorMapper(Totals.class)
    Totals totals(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                  @Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("today") LocalDate today);

    record Totals(long total, long closed, long overdue, long closedOnTime) {
    }

    /**
     * Items whose deadline falls in {@code [from, to)} and has been reached by {@code today} (the deadline
     * is before today) or that are 销号'd already, and of those the ones 销号'd on or before their deadline.
     */
    @SqlQuery("<cte> SELECT count(*) AS due, "
            + "count(*) FILTER (WHERE r.status = 'CLOSED' AND r.closed_on <= r.deadline) AS closed_on_time "
            + "FROM rectifications r <join> WHERE r.deadline >= :from AND r.deadline < :to "
            + "AND (r.deadline < :today OR r.status = 'CLOSED')")
    @RegisterConstructorMapper(DueTotals.class)
    DueTotals dueTotals(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                        @Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("today") LocalDate today);

    record DueTotals(long due, long closedOnTime) {
    }
}
