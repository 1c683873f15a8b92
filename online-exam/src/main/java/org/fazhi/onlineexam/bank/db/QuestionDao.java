package org.fazhi.onlineexam.bank.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.onlineexam.bank.Difficulty;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionType;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The bank's questions with their laws (the aggregate: a question row, its options as a JSON array, its laws in
 * {@code question_laws} in the editor's order). Reads return whole questions; writes replace the laws with the row.
 */
@RegisterRowMapper(QuestionDao.Rows.class)
public interface QuestionDao {
    ObjectMapper JSON = new ObjectMapper();
    String COLUMNS = "q.id, q.type, q.stem, q.options, q.answer, q.points, q.difficulty, q.analysis, q.active, q.version";
    String FILTER = " WHERE (CAST(:text AS TEXT) IS NULL OR instr(q.stem, :text) > 0) "
            + "AND (CAST(:law AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM question_laws l WHERE l.question_id = q.id "
            + "  AND instr(l.law, :law) > 0)) "
            + "AND (CAST(:type AS TEXT) IS NULL OR q.type = :type) "
            + "AND (CAST(:difficulty AS TEXT) IS NULL OR q.difficulty = :difficulty) "
            + "AND (CAST(:active AS INTEGER) IS NULL OR q.active = :active) ";

    /** The bound values of a list's filter: codes, and active 1/0 or null for both. */
    record Query(String text, String law, String type, String difficulty, Integer active) {
    }

    // ---- reads (rows without laws; the default methods add them) ----

    @SqlQuery("SELECT " + COLUMNS + " FROM questions q WHERE q.id = :id")
    Optional<Question> row(@Bind("id") long id);

    // Newest first; the id is the order of entry.
    @SqlQuery("SELECT " + COLUMNS + " FROM questions q" + FILTER + "ORDER BY q.id DESC LIMIT :limit OFFSET :offset")
    List<Question> rows(@BindMethods Query q, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT count(*) FROM questions q" + FILTER)
    long count(@BindMethods Query q);

    /** A law of a question. */
    record LawRow(long questionId, String law) {
    }

    @SqlQuery("SELECT question_id, law FROM question_laws WHERE question_id IN (<ids>) ORDER BY question_id, seq")
    @RegisterConstructorMapper(LawRow.class)
    List<LawRow> lawRows(@BindList("ids") Collection<Long> ids);

    /** The id of a question of this type with exactly this stem (the bank holds each once). */
    @SqlQuery("SELECT id FROM questions WHERE type = :type AND stem = :stem ORDER BY id LIMIT 1")
    Optional<Long> idOf(@Bind("type") String type, @Bind("stem") String stem);

    /** Every law title the bank's questions name, with how many questions name it, most used first. */
    @SqlQuery("SELECT law FROM question_laws GROUP BY law ORDER BY count(*) DESC, law")
    List<String> laws();

    default Optional<Question> find(long id) {
        return row(id).map(q -> withLaws(List.of(q)).get(0));
    }

    default List<Question> page(Query q, int limit, int offset) {
        return withLaws(rows(q, limit, offset));
    }

    /** The questions with their laws read in one query. */
    default List<Question> withLaws(List<Question> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> laws = new LinkedHashMap<>();
        for (LawRow r : lawRows(rows.stream().map(Question::id).toList())) {
            laws.computeIfAbsent(r.questionId(), k -> new ArrayList<>()).add(r.law());
        }
        return rows.stream().map(q -> new Question(q.id(), q.type(), q.stem(), q.options(), q.answer(), q.points(),
                q.difficulty(), laws.getOrDefault(q.id(), List.of()), q.analysis(), q.active(), q.version())).toList();
    }

    // ---- writes ----

    @SqlUpdate("INSERT INTO questions (type, stem, options, answer, points, difficulty, analysis, active, version, "
            + "created_at, updated_at) VALUES (:type, :stem, :options, :answer, :points, :difficulty, :analysis, :active, 0, "
            + ":now, :now)")
    @GetGeneratedKeys("id")
    long insertRow(@Bind("type") String type, @Bind("stem") String stem, @Bind("options") String options,
                   @Bind("answer") String answer, @Bind("points") int points, @Bind("difficulty") String difficulty,
                   @Bind("analysis") String analysis, @Bind("active") boolean active, @Bind("now") Instant now);

    @SqlUpdate("UPDATE questions SET type = :type, stem = :stem, options = :options, answer = :answer, points = :points, "
            + "difficulty = :difficulty, analysis = :analysis, active = COALESCE(CAST(:active AS INTEGER), active), "
            + "version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int updateRow(@Bind("id") long id, @Bind("version") int version, @Bind("type") String type, @Bind("stem") String stem,
                  @Bind("options") String options, @Bind("answer") String answer, @Bind("points") int points,
                  @Bind("difficulty") String difficulty, @Bind("analysis") String analysis, @Bind("active") Integer active,
                  @Bind("now") Instant now);

    @SqlUpdate("UPDATE questions SET active = :active, version = version + 1, updated_at = :now "
            + "WHERE id = :id AND version = :version")
    int setActive(@Bind("id") long id, @Bind("version") int version, @Bind("active") boolean active, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM question_laws WHERE question_id = :id")
    void deleteLaws(@Bind("id") long id);

    @SqlBatch("INSERT INTO question_laws (question_id, law, seq) VALUES (:id, :law, :seq)")
    void insertLaws(@Bind("id") long id, @Bind("law") List<String> laws, @Bind("seq") List<Integer> seq);

    @SqlUpdate("DELETE FROM questions WHERE id = :id")
    int deleteRow(@Bind("id") long id);

    /** Stores a new question (its laws too); returns its id. */
    default long insert(Question q, Instant now) {
        long id = insertRow(q.type().name(), q.stem(), json(q.options()), q.answer(), q.points(), q.difficulty().name(),
                q.analysis(), q.active(), now);
        putLaws(id, q.laws());
        return id;
    }

    /**
     * Stores the question's content over version {@code version} of {@code id}, and its active flag unless
     * {@code active} is null (kept); 0 rows when that version is gone.
     */
    default int update(long id, int version, Question q, Boolean active, Instant now) {
        int n = updateRow(id, version, q.type().name(), q.stem(), json(q.options()), q.answer(), q.points(),
                q.difficulty().name(), q.analysis(), active == null ? null : active ? 1 : 0, now);
        if (n > 0) {
            deleteLaws(id);
            putLaws(id, q.laws());
        }
        return n;
    }

    default int delete(long id) {
        deleteLaws(id);
        return deleteRow(id);
    }

    private void putLaws(long id, List<String> laws) {
        if (!laws.isEmpty()) {
            List<Integer> seq = new ArrayList<>();
            for (int i = 0; i < laws.size(); i++) {
                seq.add(i);
            }
            insertLaws(id, laws, seq);
        }
    }

    static String json(List<String> options) {
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A question row (without its laws). */
    final class Rows implements RowMapper<Question> {
        @Override
        public Question map(ResultSet rs, StatementContext ctx) throws SQLException {
            List<String> options;
            try {
                options = JSON.readValue(rs.getString("options"), new TypeReference<List<String>>() { });
            } catch (JsonProcessingException e) {
                throw new SQLException("options of question " + rs.getLong("id") + " are not a JSON array", e);
            }
            return new Question(rs.getLong("id"), QuestionType.valueOf(rs.getString("type")), rs.getString("stem"), options,
                    rs.getString("answer"), rs.getInt("points"), Difficulty.valueOf(rs.getString("difficulty")),
                    List.of(), rs.getString("analysis"), rs.getInt("active") == 1, rs.getInt("version"));
        }
    }
}
