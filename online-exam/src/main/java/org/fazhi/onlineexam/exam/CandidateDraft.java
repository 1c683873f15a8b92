package org.fazhi.onlineexam.exam;

import org.fazhi.training.exam.ExamResult;

/**
 * A candidate to add to an exam: who they are as their result in the batch will name them. {@code retakeOf} is an
 * earlier result this sitting retakes (law-training's rules decide whether it may). The fields are checked as the
 * result's are ({@link ExamResult}), since that is what the candidate becomes.
 */
public record CandidateDraft(String name, long orgId, Long personId, String currentPost, String proposedPost, Long retakeOf) {
    public CandidateDraft {
        ExamResult checked = new ExamResult(null, 0, name, personId, orgId, currentPost, proposedPost, null, true, retakeOf, null);
        name = checked.name();
        currentPost = checked.currentPost();
        proposedPost = checked.proposedPost();
    }

    /** The candidate's result in {@code batchId}: {@code score} points, or absent when null. */
    ExamResult result(long batchId, Double score) {
        return new ExamResult(null, batchId, name, personId, orgId, currentPost, proposedPost, score, score == null, retakeOf, null);
    }
}
