package org.fazhi.duty.court.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.duty.court.CourtCase;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Court cases, one row per case and 审级. A list filtered by unit shows the cases of its subtree. */
@RegisterConstructorMapper(CourtCase.class)
public interface CourtCaseDao {
    String COLUMNS = "c.id, c.case_no, c.court, c.instance, c.defendant_org_id, c.co_defendants, c.cause, "
            + "c.admin_field, c.filed_on, c.outcome, c.version";
    /** Every filter but the year's. */
    String MATCH = " WHERE (:instance IS NULL OR c.instance = :instance) AND (:outcome IS NULL OR c.outcome = :outcome) "
            + "AND (:q IS NULL OR instr(c.case_no, :q) > 0 OR instr(coalesce(c.cause, ''), :q) > 0 OR instr(c.court, :q) > 0) ";
    String FILTER = MATCH
            // A year: filed in it, or heard in it. The ids are gathered once from the two date indexes (work in
            // proportion to the year's rows) rather than probed per case with EXISTS (in proportion to all
            // cases): three times faster on a province ledger.
            + "AND (:from IS NULL OR c.id IN (SELECT x.id FROM court_cases x WHERE x.filed_on >= :from AND x.filed_on < :to "
            + "UNION ALL SELECT y.case_id FROM court_hearings y WHERE y.date >= :from AND y.date < :to)) ";

    @SqlQuery("SELECT " + COLUMNS + " FROM court_cases c WHERE c.id = :id")
    Optional<CourtCase> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM court_cases c WHERE c.case_no = :caseNo AND c.instance = :instance")
    Optional<CourtCase> findByNumber(@Bind("caseNo") String caseNo, @Bind("instance") String instance);

    /** A page with the whole list's size beside each row: the filter runs once for both (a province year has over 20,000 instances). */
    @SqlQuery("<cte> SELECT " + COLUMNS + ", count(*) OVER () AS total_rows FROM court_cases c <join>" + FILTER
            + "ORDER BY c.filed_on IS NULL, c.filed_on DESC, c.id DESC LIMIT :limit OFFSET :offset")
    @RegisterConstructorMapper(Counted.class)
    List<Counted> pageCounted(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                              @Bind("instance") String instance, @Bind("outcome") String outcome,
                              @Bind("q") String q, @Bind("from") LocalDate from, @Bind("to") LocalDate to,
                              @Bind("limit") int limit, @Bind("offset") int offset);

    /** A row of {@link #pageCounted}. */
    record Counted(long totalRows, @Nested CourtCase c) {
    }

    /**
     * The list of a year's cases that were filed in it: in the list's order they come first (unless some
     * case heard in the year was filed after it), and the filing-date index serves them already sorted,
     * so the first pages need not sort the whole year.
     */
    @SqlQuery("<cte> SELECT " + COLUMNS + " FROM court_cases c <join>" + MATCH
            + "AND c.filed_on >= :from AND c.filed_on < :to ORDER BY c.filed_on DESC, c.id DESC LIMIT :limit OFFSET :offset")
    List<CourtCase> pageFiledIn(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                                @Bind("instance") String instance, @Bind("outcome") String outcome,
                                @Bind("q") String q, @Bind("from") LocalDate from, @Bind("to") LocalDate to,
                                @Bind("limit") int limit, @Bind("offset") int offset);

    /** Of a year's list, how many were filed in the year and how many after it (those sort before). */
    @SqlQuery("<cte> SELECT count(*) FILTER (WHERE c.filed_on >= :from AND c.filed_on < :to) AS within, "
            + "count(*) FILTER (WHERE c.filed_on >= :to) AS later FROM court_cases c <join>" + FILTER)
    @RegisterConstructorMapper(YearParts.class)
    YearParts yearParts(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                        @Bind("instance") String instance, @Bind("outcome") String outcome,
                        @Bind("q") String q, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /** See {@link #yearParts}. */
    record YearParts(long within, long later) {
    }

    @SqlQuery("<cte> SELECT count(*) FROM court_cases c <join>" + FILTER)
    long count(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
               @Bind("instance") String instance, @Bind("outcome") String outcome,
               @Bind("q") String q, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    String INSERT = "INSERT INTO court_cases (case_no, court, instance, defendant_org_id, co_defendants, cause, admin_field, "
            + "filed_on, outcome, version, created_at, updated_at) VALUES (:caseNo, :court, :instance, :defendantOrgId, "
            + ":coDefendants, :cause, :adminField, :filedOn, :outcome, 0, :now, :now)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insert(@BindMethods CourtCase c, @Bind("now") Instant now);

    /** Many cases in one prepared batch (imports); their ids are read back with {@link #findByNumbers}. */
    @SqlBatch(INSERT)
    void insertAll(@BindMethods List<CourtCase> cases, @Bind("now") Instant now);

    /** The cases with these numbers, at any 审级 (a few hundred numbers at a time). */
    @SqlQuery("SELECT " + COLUMNS + " FROM court_cases c WHERE c.case_no IN (<caseNos>)")
    List<CourtCase> findByNumbers(@BindList("caseNos") List<String> caseNos);

    @SqlUpdate("UPDATE court_cases SET case_no = :caseNo, court = :court, instance = :instance, "
            + "defendant_org_id = :defendantOrgId, co_defendants = :coDefendants, cause = :cause, "
            + "admin_field = :adminField, filed_on = :filedOn, outcome = :outcome, version = version + 1, "
            + "updated_at = :now WHERE id = :id AND version = :version")
    int update(@BindMethods CourtCase c, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM court_cases WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlQuery("SELECT min(date) FROM court_hearings WHERE case_id = :id")
    Optional<LocalDate> firstHearing(@Bind("id") long id);
}
