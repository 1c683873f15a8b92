package org.fazhi.onlineexam.exam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.model.NotFoundException;
import org.fazhi.onlineexam.bank.QuestionType;
import org.jdbi.v3.core.Handle;

/** Reading the exams' tables on a caller's handle: exams, the snapshot questions, candidates, answers; and their JSON columns. */
final class ExamStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAM = "SELECT e.id, e.batch_id, b.org_id, e.rule, e.total_points, e.status, e.version "
            + "FROM exams e JOIN test_batches b ON b.id = e.batch_id ";
    private static final String QUESTION = "SELECT id, variant, position, question_id, type, stem, options, answer, points, laws "
            + "FROM exam_questions ";
    private static final String CANDIDATE = "SELECT c.*, e.batch_id FROM exam_candidates c JOIN exams e ON e.id = c.exam_id ";

    private ExamStore() {
    }

    /** A candidate's row with what the sitting needs: the variant, the order of questions and of each question's options. */
    record Row(long id, long examId, long batchId, CandidateDraft draft, String variant, List<Long> order,
               Map<Long, int[]> optionOrders, CandidateStatus status, Instant startedAt, Instant endsAt,
               Instant submittedAt, Integer scoreTenths, Long resultId) {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T parse(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable: " + json, e);
        }
    }

    static List<String> strings(String json) {
        return parse(json, new TypeReference<List<String>>() { });
    }

    static OnlineExam exam(Handle h, long id) {
        return h.createQuery(EXAM + "WHERE e.id = :id").bind("id", id).map(ExamStore::exam).findOne()
                .orElseThrow(() -> NotFoundException.of("在线考试", id));
    }

    static Optional<OnlineExam> examOfBatch(Handle h, long batchId) {
        return h.createQuery(EXAM + "WHERE e.batch_id = :b").bind("b", batchId).map(ExamStore::exam).findOne();
    }

    private static OnlineExam exam(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new OnlineExam(rs.getLong("id"), rs.getLong("batch_id"), rs.getLong("org_id"),
                parse(rs.getString("rule"), new TypeReference<ExamSetup>() { }), rs.getInt("total_points"),
                "CLOSED".equals(rs.getString("status")), rs.getInt("version"));
    }

    /** The snapshot questions of an exam, of one variant or (null) all, in paper order. */
    static List<PaperQuestion> questions(Handle h, long examId, String variant) {
        return h.createQuery(QUESTION + "WHERE exam_id = :e AND (variant = :v OR CAST(:v AS TEXT) IS NULL) ORDER BY variant, position")
                .bind("e", examId).bind("v", variant).map(ExamStore::question).list();
    }

    static PaperQuestion question(Handle h, long id) {
        return h.createQuery(QUESTION + "WHERE id = :id").bind("id", id).map(ExamStore::question).findOne()
                .orElseThrow(() -> NotFoundException.of("试题", id));
    }

    /** Every snapshot of one bank question, in any exam. */
    static List<PaperQuestion> snapshotsOf(Handle h, long questionId) {
        return h.createQuery(QUESTION + "WHERE question_id = :q ORDER BY id").bind("q", questionId).map(ExamStore::question).list();
    }

    private static PaperQuestion question(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        long bank = rs.getLong("question_id");
        return new PaperQuestion(rs.getLong("id"), rs.getString("variant"), rs.getInt("position"), rs.wasNull() ? null : bank,
                QuestionType.valueOf(rs.getString("type")), rs.getString("stem"), strings(rs.getString("options")),
                rs.getString("answer"), rs.getInt("points"), strings(rs.getString("laws")));
    }

    static Row candidate(Handle h, long id) {
        return h.createQuery(CANDIDATE + "WHERE c.id = :id").bind("id", id).map(ExamStore::row).findOne()
                .orElseThrow(() -> NotFoundException.of("考生", id));
    }

    static Optional<Row> candidateByToken(Handle h, String tokenHash) {
        return h.createQuery(CANDIDATE + "WHERE c.token_hash = :t").bind("t", tokenHash).map(ExamStore::row).findOne();
    }

    static Optional<Row> candidateByCode(Handle h, String codeHash) {
        return h.createQuery(CANDIDATE + "WHERE c.code_hash = :c").bind("c", codeHash).map(ExamStore::row).findOne();
    }

    static List<Row> candidates(Handle h, long examId) {
        return h.createQuery(CANDIDATE + "WHERE c.exam_id = :e ORDER BY c.id").bind("e", examId).map(ExamStore::row).list();
    }

    private static Row row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        Map<String, int[]> orders = parse(rs.getString("option_orders"), new TypeReference<Map<String, int[]>>() { });
        Map<Long, int[]> byId = new HashMap<>();
        orders.forEach((k, v) -> byId.put(Long.parseLong(k), v));
        long person = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : person;
        long retake = rs.getLong("retake_of");
        Long retakeOf = rs.wasNull() ? null : retake;
        int score = rs.getInt("score_tenths");
        Integer scoreTenths = rs.wasNull() ? null : score;
        long result = rs.getLong("result_id");
        Long resultId = rs.wasNull() ? null : result;
        return new Row(rs.getLong("id"), rs.getLong("exam_id"), rs.getLong("batch_id"),
                new CandidateDraft(rs.getString("name"), rs.getLong("org_id"), personId, rs.getString("current_post"),
                        rs.getString("proposed_post"), retakeOf),
                rs.getString("variant"), parse(rs.getString("question_order"), new TypeReference<List<Long>>() { }), byId,
                CandidateStatus.valueOf(rs.getString("status")), instant(rs.getString("started_at")),
                instant(rs.getString("ends_at")), instant(rs.getString("submitted_at")), scoreTenths, resultId);
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** One saved answer: canonical letters or text (null: none), and its points in tenths once marked. */
    record Answer(long questionId, String answer, Integer pointsTenths, String note) {
    }

    static Map<Long, Answer> answers(Handle h, long candidateId) {
        Map<Long, Answer> out = new HashMap<>();
        h.createQuery("SELECT exam_question_id, answer, points_tenths, note FROM exam_answers WHERE candidate_id = :c")
                .bind("c", candidateId).map((rs, ctx) -> {
                    int p = rs.getInt("points_tenths");
                    Integer points = rs.wasNull() ? null : p;
                    return new Answer(rs.getLong("exam_question_id"), rs.getString("answer"), points, rs.getString("note"));
                }).forEach(a -> out.put(a.questionId(), a));
        return out;
    }
}
