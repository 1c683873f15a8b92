package org.fazhi.reconsideration.cases.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * 行政复议 cases with the respondent unit's name. {@code <cte>}/{@code <join>} confine a query to a unit
 * subtree; they come from code, never from a request. The stage filter is written on the stored dates and
 * {@code :today}, the same rule as {@link ReconsiderationCase#standing}.
 */
@RegisterConstructorMapper(ReconsiderationCase.class)
public interface CaseDao {
    String COLUMNS = "r.id, r.case_no, r.applicant, r.applicant_type, r.respondent_org_id, o.name AS respondent_org_name, "
            + "r.category, r.received_on, r.accepted_on, r.not_accepted_reason, r.procedure, r.extended_days, r.decided_on, "
            + "r.decision, r.corrected_indirectly, r.court_case_id, r.note, r.due_on, r.version";
    String FROM = " FROM reconsiderations r JOIN orgs o ON o.id = r.respondent_org_id ";
    String FILTER = " WHERE (CAST(:from AS TEXT) IS NULL OR (r.received_on >= :from AND r.received_on < :to)) "
            + "AND (CAST(:decision AS TEXT) IS NULL OR r.decision = :decision) "
            + "AND (CAST(:stage AS TEXT) IS NULL "
            + "  OR (:stage = 'DECIDED' AND r.decided_on IS NOT NULL) "
            + "  OR (:stage = 'HEARING' AND r.accepted_on IS NOT NULL AND r.decided_on IS NULL) "
            + "  OR (:stage = 'NOT_ACCEPTED' AND r.accepted_on IS NULL AND r.not_accepted_reason IS NOT NULL) "
            + "  OR (:stage = 'ACCEPTANCE' AND r.accepted_on IS NULL AND r.not_accepted_reason IS NULL)) "
            + "AND (:overdue = 0 OR (r.decided_on IS NULL AND r.due_on < :today) OR r.decided_on > r.due_on "
            + "  OR (r.accepted_on IS NULL AND r.not_accepted_reason IS NULL AND r.received_on < :acceptBy)) "
            + "AND (CAST(:q AS TEXT) IS NULL OR instr(r.case_no, :q) > 0 OR instr(r.applicant, :q) > 0) ";

    @SqlQuery("SELECT " + COLUMNS + FROM + "WHERE r.id = :id")
    Optional<ReconsiderationCase> find(@Bind("id") long id);

    @SqlQuery("SELECT id FROM reconsiderations WHERE case_no = :caseNo")
    Optional<Long> idOf(@Bind("caseNo") String caseNo);

    /** The cases that led to a lawsuit of the court ledger (normally one). */
    @SqlQuery("SELECT " + COLUMNS + FROM + "WHERE r.court_case_id = :courtCaseId ORDER BY r.id")
    List<ReconsiderationCase> ofCourtCase(@Bind("courtCaseId") long courtCaseId);

    // Newest applications first; the id breaks ties so that pages never overlap.
    @SqlQuery("<cte> SELECT " + COLUMNS + FROM + "<join>" + FILTER
            + "ORDER BY r.received_on DESC, r.id DESC LIMIT :limit OFFSET :offset")
    List<ReconsiderationCase> page(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                                   @BindMethods Query q, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("<cte> SELECT count(*)" + FROM + "<join>" + FILTER)
    long count(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root, @BindMethods Query q);

    @SqlUpdate("INSERT INTO reconsiderations (case_no, applicant, applicant_type, respondent_org_id, category, received_on, "
            + "accepted_on, not_accepted_reason, procedure, extended_days, due_on, decided_on, decision, corrected_indirectly, "
            + "court_case_id, note, version, created_at, updated_at) VALUES (:caseNo, :applicant, :applicantType, "
            + ":respondentOrgId, :category, :receivedOn, :acceptedOn, :notAcceptedReason, :procedure, :extendedDays, :dueOn, "
            + ":decidedOn, :decision, :correctedIndirectly, :courtCaseId, :note, 0, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods ReconsiderationCase c, @Bind("now") Instant now);

    @SqlUpdate("UPDATE reconsiderations SET case_no = :caseNo, applicant = :applicant, applicant_type = :applicantType, "
            + "respondent_org_id = :respondentOrgId, category = :category, received_on = :receivedOn, accepted_on = :acceptedOn, "
            + "not_accepted_reason = :notAcceptedReason, procedure = :procedure, extended_days = :extendedDays, due_on = :dueOn, "
            + "decided_on = :decidedOn, decision = :decision, corrected_indirectly = :correctedIndirectly, "
            + "court_case_id = :courtCaseId, note = :note, version = version + 1, updated_at = :now "
            + "WHERE id = :id AND version = :version")
    int update(@BindMethods ReconsiderationCase c, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM reconsiderations WHERE id = :id")
    int delete(@Bind("id") long id);

    /**
     * The bound values of a list's filter: {@code from}/{@code to} the year's first days (null: any year), the
     * decision and stage codes, {@code overdue} 0/1, {@code today} and {@code acceptBy} (today minus the days
     * allowed for acceptance), and the search text.
     */
    record Query(String from, String to, String decision, String stage, int overdue, String today, String acceptBy,
                 String q) {
    }
}
