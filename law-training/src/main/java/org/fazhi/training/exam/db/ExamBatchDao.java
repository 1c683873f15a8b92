package org.fazhi.training.exam.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.training.exam.ExamBatch;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Test batches. A list filtered by unit shows batches organised in the subtree. */
@RegisterConstructorMapper(ExamBatch.class)
public interface ExamBatchDao {
    String COLUMNS = "b.id, b.org_id, b.date, b.track, b.paper, b.full_mark, b.pass_mark, b.mode, b.title, b.version";
    String FILTER = " WHERE b.date >= :from AND b.date < :to AND (:track IS NULL OR b.track = :track) ";

    @SqlQuery("SELECT " + COLUMNS + " FROM test_batches b WHERE b.id = :id")
    Optional<ExamBatch> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM test_batches b WHERE b.id IN (<ids>)")
    List<ExamBatch> findAll(@org.jdbi.v3.sqlobject.customizer.BindList("ids") java.util.Collection<Long> ids);

    @SqlQuery("<cte> SELECT " + COLUMNS + " FROM test_batches b <join>" + FILTER
            + "ORDER BY b.date DESC, b.id DESC LIMIT :limit OFFSET :offset")
    List<ExamBatch> page(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                         @Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("track") String track,
                         @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("<cte> SELECT count(*) FROM test_batches b <join>" + FILTER)
    long count(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
               @Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("track") String track);

    /**
     * Batches of the year in which a candidate of the subtree sat (or was absent), whoever organised them,
     * newest first; {@code q} is part of the batch name. The batches a unit's 任前测试通过率 counts.
     */
    @SqlQuery("<cte> SELECT " + COLUMNS + " FROM test_batches b WHERE " + SAT_BY + "ORDER BY b.date DESC, b.id DESC LIMIT :limit OFFSET :offset")
    List<ExamBatch> pageSatBy(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                              @Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("q") String q,
                              @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("<cte> SELECT count(*) FROM test_batches b WHERE " + SAT_BY)
    long countSatBy(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                    @Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("q") String q);

    String SAT_BY = "b.date >= :from AND b.date < :to AND b.id IN (SELECT r.batch_id FROM test_results r <join>) "
            + "AND (CAST(:q AS TEXT) IS NULL OR instr(coalesce(b.title, ''), :q) > 0 OR instr(coalesce(b.paper, ''), :q) > 0) ";

    @SqlUpdate("INSERT INTO test_batches (org_id, date, track, paper, full_mark, pass_mark, mode, title, version, created_at, updated_at) "
            + "VALUES (:orgId, :date, :track, :paper, :fullMark, :passMark, :mode, :title, 0, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods ExamBatch batch, @Bind("now") Instant now);

    @SqlUpdate("UPDATE test_batches SET org_id = :orgId, date = :date, track = :track, paper = :paper, "
            + "full_mark = :fullMark, pass_mark = :passMark, mode = :mode, title = :title, version = version + 1, "
            + "updated_at = :now WHERE id = :id AND version = :version")
    int update(@BindMethods ExamBatch batch, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM test_batches WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlQuery("SELECT count(*) FROM test_results WHERE batch_id = :id")
    long resultCount(@Bind("id") long id);
}
