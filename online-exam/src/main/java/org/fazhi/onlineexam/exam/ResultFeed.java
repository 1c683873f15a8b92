package org.fazhi.onlineexam.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.ExamService;
import org.jdbi.v3.core.Handle;

/**
 * Turns a fully marked paper (or a 缺考) into the candidate's result in the batch, through law-training's
 * {@link ExamService} so that its outcome and retake rules apply, on the caller's handle (Jdbi reuses it for the
 * nested transaction, so the result and the paper's state commit together). The result is recorded by
 * {@link #ACTOR} when no person acted (a submit, the sweep). A result the batch refuses (its full mark lowered
 * since, the retaken result retaken meanwhile) leaves the paper marked without a result; closing the exam tries
 * again and names the reason.
 */
final class ResultFeed {
    /** Who records a result no person entered: the online exam itself (in the audit log as "在线考试"). */
    static final Actor ACTOR = new Actor(0, "在线考试", Role.ADMIN, null);

    private final ExamService exams;

    ResultFeed(ExamService exams) {
        this.exams = exams;
    }

    ExamService exams() {
        return exams;
    }

    /**
     * The paper's score in tenths when every answer is marked, or null. Questions never answered count 0.
     */
    static Integer total(List<PaperQuestion> paper, Map<Long, ExamStore.Answer> answers) {
        int sum = 0;
        for (PaperQuestion q : paper) {
            ExamStore.Answer a = answers.get(q.id());
            if (a == null || a.pointsTenths() == null) {
                return null;
            }
            sum += a.pointsTenths();
        }
        return sum;
    }

    /**
     * Records the result of candidate {@code c} with {@code scoreTenths} (null: absent) if it has none yet; returns
     * why the batch refused it, or null.
     */
    String feed(Handle h, ExamStore.Row c, Integer scoreTenths, Instant now) {
        if (c.resultId() != null) {
            return null;
        }
        h.execute("SAVEPOINT exam_result");
        try {
            ExamResult r = exams.addResult(ACTOR, c.batchId(), c.draft().result(c.batchId(),
                    scoreTenths == null ? null : scoreTenths / 10.0));
            h.execute("RELEASE SAVEPOINT exam_result");
            h.createUpdate("UPDATE exam_candidates SET result_id = :r, score_tenths = :s WHERE id = :id")
                    .bind("r", r.id()).bind("s", scoreTenths).bind("id", c.id()).execute();
            return null;
        } catch (ValidationException | ConflictException | AccessDeniedException e) {
            // AccessDenied: the candidate's unit is received by 报送 (read-only here; ACTOR has no scope to leave).
            h.execute("ROLLBACK TO SAVEPOINT exam_result");
            h.execute("RELEASE SAVEPOINT exam_result");
            h.createUpdate("UPDATE exam_candidates SET score_tenths = :s WHERE id = :id")
                    .bind("s", scoreTenths).bind("id", c.id()).execute();
            return c.draft().name() + ":" + e.getMessage();
        }
    }

    /**
     * Brings the batch's result of {@code c} to the paper's new total after marking again, unless someone corrected
     * that result in the batch since (a review, an appeal): then nothing is written, the mark included, and the
     * marker is told both figures. Returns what the audit line adds (empty when the batch already holds the total).
     */
    String correct(Handle h, Actor actor, ExamStore.Row c, int total) {
        ExamResult r = exams.result(actor, c.resultId());
        Integer inBatch = r.score() == null ? null : (int) Math.round(r.score() * 10);
        String what = "";
        if (!Integer.valueOf(total).equals(inBatch)) {
            if (!Objects.equals(inBatch, c.scoreTenths())) {
                throw new ConflictException(null, "“" + r.name() + "”在测试批次中的成绩已被手工更正为"
                        + (inBatch == null ? "缺考" : points(inBatch) + "分") + "(在线考试记入的是"
                        + points(c.scoreTenths()) + "分),重新评分后应为" + points(total)
                        + "分;为免覆盖手工更正,本次评分未保存。以重新评分为准:请先在测试批次中把该成绩改为"
                        + points(total) + "分或改回" + points(c.scoreTenths()) + "分,再评分;以手工更正为准:无需重新评分");
            }
            exams.updateResult(actor, r.id(), new ExamResult(r.id(), r.batchId(), r.name(), r.personId(), r.orgId(),
                    r.currentPost(), r.proposedPost(), total / 10.0, false, r.retakeOf(), null));
            what = ",批次成绩由" + points(c.scoreTenths()) + "分改为" + points(total) + "分";
        }
        h.createUpdate("UPDATE exam_candidates SET score_tenths = :s WHERE id = :id").bind("s", total).bind("id", c.id())
                .execute();
        return what;
    }

    /** Points kept in tenths as people write them: 62.5, 60. */
    static String points(int tenths) {
        return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
    }

    /**
     * Checks with law-training's rules that {@code draft} could become a result of batch {@code batchId} as
     * {@code actor} would enter it (unit and person in scope, a retake of a failed earlier sitting), writing nothing.
     */
    void check(Handle h, Actor actor, long batchId, CandidateDraft draft) {
        h.execute("SAVEPOINT exam_check");
        try {
            exams.addResult(actor, batchId, draft.result(batchId, null));
        } finally {
            h.execute("ROLLBACK TO SAVEPOINT exam_check");
            h.execute("RELEASE SAVEPOINT exam_check");
        }
    }
}
