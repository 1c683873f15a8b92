package org.fazhi.training.exam.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.training.exam.ExamResult;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Test results, and the year's statistics computed in SQL over a unit subtree. */
@RegisterConstructorMapper(ExamResult.class)
public interface ExamResultDao {
    String COLUMNS = "r.id, r.batch_id, r.name, r.person_id, r.org_id, r.current_post, r.proposed_post, r.score, "
            + "r.absent, r.retake_of, r.outcome, r.version";
    /** Who a result belongs to: the person record when linked, else name at unit. */
    /**
     * Who sat, taken from the first sitting of the chain ({@code root}), so a retake counts for the same
     * person as the sitting it retakes even when only one of them was linked to a person record.
     */
    String PERSON_KEY = "coalesce('p' || root.person_id, root.name || '@' || root.org_id)";
    String ROOT_JOIN = " JOIN test_results root ON root.id = coalesce(r.chain_root, r.id) ";

    @SqlQuery("SELECT " + COLUMNS + " FROM test_results r WHERE r.id = :id")
    Optional<ExamResult> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM test_results r WHERE r.batch_id = :batchId ORDER BY r.id")
    List<ExamResult> ofBatch(@Bind("batchId") long batchId);

    @SqlQuery("SELECT retake_number FROM test_results WHERE id = :id")
    int retakeNumber(@Bind("id") long id);

    @SqlQuery("SELECT id FROM test_results WHERE retake_of = :id")
    Optional<Long> retakeOf(@Bind("id") long id);

    @SqlUpdate("INSERT INTO test_results (batch_id, name, person_id, org_id, current_post, proposed_post, score, absent, "
            + "retake_of, retake_number, chain_root, outcome, version, created_at, updated_at) VALUES (:batchId, :name, :personId, "
            + ":orgId, :currentPost, :proposedPost, :score, :absent, :retakeOf, :retakeNumber, :chainRoot, :outcome, 0, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods ExamResult result, @Bind("retakeNumber") int retakeNumber, @Bind("chainRoot") Long chainRoot,
                @Bind("now") Instant now);

    /** The first sitting of the chain {@code id} belongs to. */
    @SqlQuery("SELECT coalesce(chain_root, id) FROM test_results WHERE id = :id")
    long chainRoot(@Bind("id") long id);

    @SqlUpdate("UPDATE test_results SET name = :name, person_id = :personId, org_id = :orgId, current_post = :currentPost, "
            + "proposed_post = :proposedPost, score = :score, absent = :absent, outcome = :outcome, "
            + "version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int update(@BindMethods ExamResult result, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM test_results WHERE id = :id")
    int delete(@Bind("id") long id);

    /** Results and passes per batch of the given ones, counting only candidates of the subtree. */
    @SqlQuery("<cte> SELECT r.batch_id, count(*) AS results, "
            + "coalesce(sum(CASE WHEN r.outcome IN ('PASSED', 'PASSED_RETAKE') THEN 1 ELSE 0 END), 0) AS passed FROM test_results r <join> "
            + "WHERE r.batch_id IN (<ids>) GROUP BY r.batch_id")
    @RegisterConstructorMapper(BatchCount.class)
    List<BatchCount> countsOf(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                              @BindList("ids") List<Long> batchIds);

    /** One row of {@link #countsOf}. */
    record BatchCount(long batchId, int results, int passed) {
    }

    /** Failed sittings in the year with no retake yet: people still awaiting one. */
    @SqlQuery("<cte> SELECT " + COLUMNS + " FROM test_results r JOIN test_batches b ON b.id = r.batch_id <join> "
            + "WHERE b.date >= :from AND b.date < :to AND r.outcome = 'DEFERRED' "
            + "AND NOT EXISTS (SELECT 1 FROM test_results x WHERE x.retake_of = r.id) ORDER BY b.date, r.id")
    List<ExamResult> awaitingRetake(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                                    @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("<cte> SELECT count(DISTINCT r.batch_id) AS batches, count(DISTINCT CASE WHEN r.absent = 0 THEN " + PERSON_KEY + " END) AS people, "
            + "coalesce(sum(CASE WHEN r.absent = 0 THEN 1 ELSE 0 END), 0) AS sittings, "
            + "coalesce(sum(CASE WHEN r.absent = 0 AND r.retake_number = 0 THEN 1 ELSE 0 END), 0) AS first_sittings, "
            + "coalesce(sum(CASE WHEN r.outcome = 'PASSED' THEN 1 ELSE 0 END), 0) AS passed_first, "
            + "count(DISTINCT CASE WHEN r.outcome IN ('PASSED', 'PASSED_RETAKE') THEN " + PERSON_KEY + " END) AS passed_final, "
            + "coalesce(sum(r.absent), 0) AS absent, sum(CASE WHEN r.absent = 0 THEN CAST(round(r.score * 10) AS INTEGER) END) AS score_tenths "
            + "FROM test_results r JOIN test_batches b ON b.id = r.batch_id" + ROOT_JOIN + "<join> WHERE b.date >= :from AND b.date < :to")
    @RegisterConstructorMapper(Totals.class)
    Totals totals(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                  @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /**
     * The raw figures of {@link #totals}. {@code people} counts those who sat (an absence alone is not
     * a sitting); {@code scoreTenths} is the exact sum of the scores sat, in tenths of a mark.
     */
    record Totals(long batches, long people, long sittings, long firstSittings, long passedFirst, long passedFinal,
                  long absent, Long scoreTenths) {
    }
}
