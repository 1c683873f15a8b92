package org.fazhi.duty.duties.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.duty.duties.DutyItem;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Duty items, read as of {@code :today} (OVERDUE is derived, never stored). {@code <cte>} and
 * {@code <join>} confine a list to a subtree ({@code Subtree.of(root, "i.org_id")}); they come from
 * code only, never from a request.
 */
@RegisterConstructorMapper(DutyItem.class)
public interface DutyItemDao {
    String STATUS = "CASE WHEN i.status IN ('NOT_STARTED', 'IN_PROGRESS') AND i.due_date < :today "
            + "THEN 'OVERDUE' ELSE i.status END";
    String COLUMNS = "i.id, i.year, i.person_id, p.name AS person_name, i.org_id, o.name AS org_name, i.code, i.title, "
            + "i.frequency, i.legal_basis, i.due_date, " + STATUS + " AS status, i.status AS recorded_status, "
            + "i.na_reason, i.note, i.review_state, "
            + "(SELECT count(*) FROM duty_evidence e WHERE e.item_id = i.id) AS evidence_count, "
            + "i.version, i.created_at, i.updated_at";
    String JOINS = " JOIN people p ON p.id = i.person_id JOIN orgs o ON o.id = i.org_id ";
    /** The order of {@link #page}: ends with the id, so that it is total. */
    String ORDER = "ORDER BY i.year DESC, i.org_id, i.person_id, ce.position, i.id";
    /**
     * {@code <yearSeek>}: {@code Seek.when(year, "i.year = :year")}. The names a search matches are looked up per
     * item, so the filter needs no join: joined, SQLite 3.54's planner walks the units first and sorts the whole
     * year to take a page (the province's first page 20 ms; 0.1 ms now).
     */
    String FILTER = " WHERE <yearSeek>(:year IS NULL OR i.year = :year) AND (:personId IS NULL OR i.person_id = :personId) "
            + "AND (:code IS NULL OR i.code = :code) AND (:reviewState IS NULL OR i.review_state = :reviewState) "
            + "AND (:status IS NULL OR " + STATUS + " = :status) "
            + "AND (:q IS NULL OR instr(i.title, :q) > 0 OR instr(i.code, upper(:q)) > 0 "
            + "OR EXISTS (SELECT 1 FROM people p WHERE p.id = i.person_id AND instr(p.name, :q) > 0) "
            + "OR EXISTS (SELECT 1 FROM orgs o WHERE o.id = i.org_id AND instr(o.name, :q) > 0)) ";

    @SqlQuery("SELECT " + COLUMNS + " FROM duty_items i" + JOINS + "WHERE i.id = :id")
    Optional<DutyItem> find(@Bind("id") long id, @Bind("today") LocalDate today);

    /**
     * Newest year first, then by unit, leader and the catalogue's order. The page's ids are chosen first and
     * only its rows are read whole: a year of a province is 14,000 items, and sorting them with every column
     * and an evidence count each cost several times the page itself.
     */
    @SqlQuery("<cte> SELECT " + COLUMNS + " FROM (SELECT i.id AS page_id FROM duty_items i <join> "
            + "LEFT JOIN duty_catalog_entries ce ON ce.id = i.catalog_entry_id" + FILTER + ORDER + " LIMIT :limit OFFSET :offset) page "
            + "JOIN duty_items i ON i.id = page.page_id" + JOINS + "LEFT JOIN duty_catalog_entries ce ON ce.id = i.catalog_entry_id "
            + ORDER)
    List<DutyItem> page(@Define("cte") String cte, @Define("join") String join, @Define("yearSeek") String yearSeek, @Bind("root") Long root,
                        @Bind("year") Integer year, @Bind("personId") Long personId, @Bind("code") String code,
                        @Bind("status") String status, @Bind("reviewState") String reviewState, @Bind("q") String q,
                        @Bind("today") LocalDate today, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("<cte> SELECT count(*) FROM duty_items i <join>" + FILTER)
    long count(@Define("cte") String cte, @Define("join") String join, @Define("yearSeek") String yearSeek, @Bind("root") Long root,
               @Bind("year") Integer year, @Bind("personId") Long personId, @Bind("code") String code,
               @Bind("status") String status, @Bind("reviewState") String reviewState, @Bind("q") String q,
               @Bind("today") LocalDate today);

    /**
     * Plans one catalogue entry: an item for every person of the subtree in one of the categories
     * who has none for this year and code yet. Returns the items created.
     */
    @SqlUpdate("<cte> INSERT INTO duty_items (year, person_id, org_id, catalog_entry_id, code, title, frequency, "
            + "legal_basis, due_date, status, review_state, version, created_at, updated_at) "
            + "SELECT :year, p.id, p.org_id, :entryId, :code, :title, :frequency, :legalBasis, :dueDate, "
            + "'NOT_STARTED', 'DRAFT', 0, :now, :now FROM people p <join> WHERE p.category IN (<categories>) <unitKinds> "
            + "AND p.org_id NOT IN (SELECT ru.org_id FROM received_units ru) "
            + "ON CONFLICT (year, person_id, code) DO NOTHING")
    int plan(@Define("cte") String cte, @Define("join") String join, @Define("unitKinds") String unitKinds, @Bind("root") Long root,
             @BindList("categories") List<String> categories, @Bind("year") int year, @Bind("entryId") long entryId,
             @Bind("code") String code, @Bind("title") String title, @Bind("frequency") String frequency,
             @Bind("legalBasis") String legalBasis, @Bind("dueDate") LocalDate dueDate, @Bind("now") Instant now);

    /** Changes what a unit or the organiser edits, if the stored version is still {@code version}. */
    @SqlUpdate("UPDATE duty_items SET status = :status, na_reason = :naReason, note = :note, due_date = :dueDate, "
            + "version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int update(@Bind("id") long id, @Bind("status") String status, @Bind("naReason") String naReason,
               @Bind("note") String note, @Bind("dueDate") LocalDate dueDate, @Bind("version") int version,
               @Bind("now") Instant now);

    /** A review step: the new review state and the status it implies. */
    @SqlUpdate("UPDATE duty_items SET status = :status, review_state = :reviewState, version = version + 1, "
            + "updated_at = :now WHERE id = :id")
    int review(@Bind("id") long id, @Bind("status") String status, @Bind("reviewState") String reviewState,
               @Bind("now") Instant now);
}
