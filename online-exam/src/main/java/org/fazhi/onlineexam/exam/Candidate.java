package org.fazhi.onlineexam.exam;

import java.time.Instant;

/**
 * A candidate of an exam as the organiser sees them: who, the variant drawn, where they are
 * ({@link CandidateStatus}), how many questions they answered of how many, and once marked their score and the
 * result it became in the batch ({@code resultId}). {@code pendingCase}: case answers still to be marked.
 */
public record Candidate(long id, long examId, String name, long orgId, Long personId, String currentPost,
                        String proposedPost, Long retakeOf, String variant, CandidateStatus status, Instant startedAt,
                        Instant endsAt, Instant submittedAt, Double score, Long resultId, int answered, int questions,
                        int pendingCase) {
}
