package org.fazhi.assessment.round.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fazhi.assessment.round.AnswerEvidence;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A unit's answers in a round and their evidence. */
public interface AnswerDao {
    String ANSWER_COLUMNS = "code, self_tenths, explanation, review_tenths, reason, reviewed_by, returned, return_comment, "
            + "typical, version, updated_at, updated_by";
    String EVIDENCE_COLUMNS = "id, round_id, org_id, code, kind, title, url, text, file_name, content_type, size, sha256, "
            + "created_at, created_by, record_kind, record_id";

    record AnswerRow(String code, Integer selfTenths, String explanation, Integer reviewTenths, String reason,
                     String reviewedBy, int returned, String returnComment, int typical, int version, Instant updatedAt,
                     String updatedBy) {
    }

    /**
     * Every answer's scores in a round (unit, leaf, self and review score), for its results: read by ResultService
     * straight from the result set (200,000 rows in a province round); the index assessment_answers_scores (V5)
     * holds these columns.
     */
    String SCORES = "SELECT org_id, code, self_tenths, review_tenths FROM assessment_answers WHERE round_id = :roundId";

    /** A reviewer's score and reason; only at the version seen. */
    @SqlUpdate("UPDATE assessment_answers SET review_tenths = :score, reason = :reason, reviewed_at = :now, reviewed_by = :by, "
            + "version = version + 1 WHERE round_id = :roundId AND org_id = :orgId AND code = :code AND version = :version")
    int review(@Bind("roundId") long roundId, @Bind("orgId") long orgId, @Bind("code") String code,
               @Bind("score") int scoreTenths, @Bind("reason") String reason, @Bind("version") int version,
               @Bind("now") Instant now, @Bind("by") String by);

    @SqlUpdate("UPDATE assessment_answers SET returned = 1, return_comment = :comment, version = version + 1 "
            + "WHERE round_id = :roundId AND org_id = :orgId AND code = :code")
    int returnLeaf(@Bind("roundId") long roundId, @Bind("orgId") long orgId, @Bind("code") String code,
                   @Bind("comment") String comment);

    /** The unit resubmits: its returned leaves go back to the reviewer. */
    @SqlUpdate("UPDATE assessment_answers SET returned = 0, version = version + 1 "
            + "WHERE round_id = :roundId AND org_id = :orgId AND returned = 1")
    int resubmit(@Bind("roundId") long roundId, @Bind("orgId") long orgId);

    @SqlUpdate("UPDATE assessment_answers SET typical = :typical, version = version + 1 "
            + "WHERE round_id = :roundId AND org_id = :orgId AND code = :code")
    int markTypical(@Bind("roundId") long roundId, @Bind("orgId") long orgId, @Bind("code") String code,
                    @Bind("typical") int typical);

    record TypicalRow(long orgId, String orgName, String code, String explanation) {
    }

    @SqlQuery("SELECT a.org_id, o.name AS org_name, a.code, a.explanation FROM assessment_answers a JOIN orgs o ON o.id = a.org_id "
            + "WHERE a.round_id = :roundId AND a.typical = 1 ORDER BY a.org_id, a.code")
    @RegisterConstructorMapper(TypicalRow.class)
    List<TypicalRow> typical(@Bind("roundId") long roundId);

    @SqlUpdate("INSERT INTO assessment_rectifications (rectification_id, round_id, org_id, code, created_at, created_by) "
            + "VALUES (:rectificationId, :roundId, :orgId, :code, :now, :by)")
    void linkRectification(@Bind("rectificationId") long rectificationId, @Bind("roundId") long roundId,
                           @Bind("orgId") long orgId, @Bind("code") String code, @Bind("now") Instant now,
                           @Bind("by") String by);

    record RectificationLink(long rectificationId, long roundId, long orgId, String code) {
    }

    @SqlQuery("SELECT rectification_id, round_id, org_id, code FROM assessment_rectifications "
            + "WHERE rectification_id = :rectificationId")
    @RegisterConstructorMapper(RectificationLink.class)
    Optional<RectificationLink> byRectification(@Bind("rectificationId") long rectificationId);

    @SqlQuery("SELECT rectification_id, round_id, org_id, code FROM assessment_rectifications "
            + "WHERE round_id = :roundId AND org_id = :orgId ORDER BY rectification_id")
    @RegisterConstructorMapper(RectificationLink.class)
    List<RectificationLink> rectifications(@Bind("roundId") long roundId, @Bind("orgId") long orgId);

    @SqlQuery("SELECT " + ANSWER_COLUMNS + " FROM assessment_answers WHERE round_id = :roundId AND org_id = :orgId")
    @RegisterConstructorMapper(AnswerRow.class)
    List<AnswerRow> answers(@Bind("roundId") long roundId, @Bind("orgId") long orgId);

    @SqlQuery("SELECT " + ANSWER_COLUMNS + " FROM assessment_answers WHERE round_id = :roundId AND org_id = :orgId "
            + "AND code = :code")
    @RegisterConstructorMapper(AnswerRow.class)
    Optional<AnswerRow> answer(@Bind("roundId") long roundId, @Bind("orgId") long orgId, @Bind("code") String code);

    @SqlUpdate("INSERT INTO assessment_answers (round_id, org_id, code, self_tenths, explanation, version, updated_at, "
            + "updated_by) VALUES (:roundId, :orgId, :code, :self, :explanation, 1, :now, :by)")
    void insert(@Bind("roundId") long roundId, @Bind("orgId") long orgId, @Bind("code") String code,
                @Bind("self") Integer selfTenths, @Bind("explanation") String explanation, @Bind("now") Instant now,
                @Bind("by") String by);

    /** Only at the version seen; the rows changed (0 or 1). */
    @SqlUpdate("UPDATE assessment_answers SET self_tenths = :self, explanation = :explanation, version = version + 1, "
            + "updated_at = :now, updated_by = :by WHERE round_id = :roundId AND org_id = :orgId AND code = :code "
            + "AND version = :version")
    int update(@Bind("roundId") long roundId, @Bind("orgId") long orgId, @Bind("code") String code,
               @Bind("self") Integer selfTenths, @Bind("explanation") String explanation, @Bind("version") int version,
               @Bind("now") Instant now, @Bind("by") String by);

    @SqlQuery("SELECT " + EVIDENCE_COLUMNS + " FROM assessment_evidence WHERE round_id = :roundId AND org_id = :orgId "
            + "ORDER BY id")
    @RegisterConstructorMapper(AnswerEvidence.class)
    List<AnswerEvidence> evidence(@Bind("roundId") long roundId, @Bind("orgId") long orgId);

    @SqlQuery("SELECT " + EVIDENCE_COLUMNS + " FROM assessment_evidence WHERE id = :id")
    @RegisterConstructorMapper(AnswerEvidence.class)
    Optional<AnswerEvidence> findEvidence(@Bind("id") long id);

    @SqlQuery("SELECT count(*) FROM assessment_evidence WHERE sha256 = :sha256")
    long countWithHash(@Bind("sha256") String sha256);

    @SqlUpdate("INSERT INTO assessment_evidence (round_id, org_id, code, kind, title, url, text, file_name, content_type, "
            + "size, sha256, created_at, created_by, record_kind, record_id) VALUES (:roundId, :orgId, :code, :kind, :title, "
            + ":url, :text, :fileName, :contentType, :size, :sha256, :now, :by, :recordKind, :recordId)")
    @GetGeneratedKeys("id")
    long insertEvidence(@Bind("roundId") long roundId, @Bind("orgId") long orgId, @Bind("code") String code,
                        @Bind("kind") String kind, @Bind("title") String title, @Bind("url") String url,
                        @Bind("text") String text, @Bind("fileName") String fileName,
                        @Bind("contentType") String contentType, @Bind("size") Long size, @Bind("sha256") String sha256,
                        @Bind("now") Instant now, @Bind("by") String by, @Bind("recordKind") String recordKind,
                        @Bind("recordId") Long recordId);

    @SqlUpdate("DELETE FROM assessment_evidence WHERE id = :id")
    int deleteEvidence(@Bind("id") long id);
}
