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
        final String rawName = name;
        final String rawCurrent = currentPost;
        final String rawProposed = proposedPost;
        final Double rawScore = score;
        final boolean rawAbsent = absent;
        FieldErrors errors = new FieldErrors();
        name = errors.check(() -> Checks.requiredText(rawName, "name", "姓名", 30));
        errors.check(() -> Checks.requiredRef(orgId, "orgId", "单位"));
        errors.check(() -> Checks.optionalId(personId, "personId", "人员"));
        currentPost = errors.check(() -> Checks.optionalText(rawCurrent, "currentPost", "现任职务", 60));
        proposedPost = errors.check(() -> Checks.optionalText(rawProposed, "proposedPost", "拟任职务", 60));
        errors.check(() -> Checks.optionalId(retakeOf, "retakeOf", "补考所对应的成绩"));
        errors.run(() -> {
            if (rawAbsent && rawScore != null) {
                throw new ValidationException("score", "缺考者不应有成绩");
            }
            if (!rawAbsent && rawScore == null) {
                throw new ValidationException("score", "成绩不能为空(缺考请勾选缺考)");
            }
            if (rawScore != null && (rawScore.isNaN() || rawScore < 0)) {
                throw new ValidationException("score", "成绩不能为负数");
            }
            if (rawScore != null && Math.round(rawScore * 10) != rawScore * 10) {
                throw new ValidationException("score", "成绩最多保留一位小数");
            }
        });
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
