package org.fazhi.training.exam;

import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/**
 * One candidate's sitting in a batch. {@code retakeOf} points at the failed earlier result this one
 * retakes; {@code outcome} is derived by {@link Outcome#decide} when stored. {@code version} is the
 * stored row's version (optimistic locking); null on a draft not yet stored.
 */
public record ExamResult(Long id, long batchId, String name, Long personId, long orgId, String currentPost,
                         String proposedPost, Double score, boolean absent, Long retakeOf, Outcome outcome,
                         Integer version) {
    @JdbiConstructor
    public ExamResult {
        FieldErrors errors = new FieldErrors();
        name = errors.check(name, v -> Checks.requiredText(v, "name", "姓名", 30));
        errors.check(() -> Checks.requiredRef(orgId, "orgId", "单位"));
        errors.check(() -> Checks.optionalId(personId, "personId", "人员"));
        currentPost = errors.check(currentPost, v -> Checks.optionalText(v, "currentPost", "现任职务", 60));
        proposedPost = errors.check(proposedPost, v -> Checks.optionalText(v, "proposedPost", "拟任职务", 60));
        errors.check(() -> Checks.optionalId(retakeOf, "retakeOf", "补考所对应的成绩"));
        errors.refuseIf(absent && score != null, "score", "缺考者不应有成绩");
        errors.refuseIf(!absent && score == null, "score", "成绩不能为空(缺考请勾选缺考)");
        errors.refuseIf(score != null && (score.isNaN() || score < 0), "score", "成绩不能为负数");
        errors.refuseIf(score != null && Math.round(score * 10) != score * 10, "score", "成绩最多保留一位小数");
        errors.throwIfAny();
    }

    /** A result without a version: a draft, or a change that does not say which version it was made on. */
    public ExamResult(Long id, long batchId, String name, Long personId, long orgId, String currentPost,
                      String proposedPost, Double score, boolean absent, Long retakeOf, Outcome outcome) {
        this(id, batchId, name, personId, orgId, currentPost, proposedPost, score, absent, retakeOf, outcome, null);
    }

    /** Checks the score against the batch's full mark. */
    public void checkAgainst(ExamBatch batch) {
        if (score != null && score > batch.fullMark()) {
            throw new ValidationException("score", "成绩(" + java.math.BigDecimal.valueOf(score).stripTrailingZeros().toPlainString()
                    + ")超过满分(" + batch.fullMark() + ")");
        }
    }

    public ExamResult withOutcome(Outcome o) {
        return new ExamResult(id, batchId, name, personId, orgId, currentPost, proposedPost, score, absent, retakeOf, o, version);
    }

    public ExamResult withIds(Long newId, long newBatchId) {
        return new ExamResult(newId, newBatchId, name, personId, orgId, currentPost, proposedPost, score, absent, retakeOf, outcome, version);
    }

    public ExamResult withVersion(Integer v) {
        return new ExamResult(id, batchId, name, personId, orgId, currentPost, proposedPost, score, absent, retakeOf, outcome, v);
    }
}
