package org.fazhi.web.training;

import java.time.LocalDate;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.time.Years;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Track;

/** The JSON shapes of test batches and results (docs/API.md names, plus a few read-only extras). */
public final class ExamJson {
    private ExamJson() {
    }

    /** {id, orgId, date, track, paper, fullMark (default 100), passMark (default 60)} plus mode, title, version. */
    public record Batch(Long id, Long orgId, String date, String track, String paper, Integer fullMark, Integer passMark,
                        String mode, String title, Integer version) {
        static Batch of(ExamBatch b) {
            return new Batch(b.id(), b.orgId(), b.date().toString(), b.track().name(), b.paper(), b.fullMark(),
                    b.passMark(), b.mode().name(), b.title(), b.version());
        }

        ExamBatch toBatch() {
            FieldErrors errors = new FieldErrors();
            LocalDate d = errors.check(() -> Years.parseDate(date, "date", "测试日期"));
            Track t = errors.check(() -> Track.parse(track));
            ExamMode m = mode == null || mode.isBlank() ? ExamMode.WRITTEN : errors.check(() -> ExamMode.parse(mode));
            errors.throwIfAny();
            return new ExamBatch(null, orgId == null ? 0 : orgId, d, t, paper,
                    fullMark == null ? ExamBatch.DEFAULT_FULL_MARK : fullMark,
                    passMark == null ? ExamBatch.DEFAULT_PASS_MARK : passMark, m, title, 0);
        }
    }

    /**
     * {id, name, orgId, currentPost, proposedPost, score, absent, retakeOf, outcome} plus batchId, personId,
     * outcomeLabel, version (a PUT that sends it is refused when the result has changed since).
     */
    public record Result(Long id, Long batchId, String name, Long personId, Long orgId, String currentPost,
                         String proposedPost, Double score, Boolean absent, Long retakeOf, String outcome,
                         String outcomeLabel, Integer version) {
        static Result of(ExamResult r) {
            return new Result(r.id(), r.batchId(), r.name(), r.personId(), r.orgId(), r.currentPost(), r.proposedPost(),
                    r.score(), r.absent(), r.retakeOf(), r.outcome() == null ? null : r.outcome().name(),
                    r.outcome() == null ? null : r.outcome().label(), r.version());
        }

        ExamResult toResult() {
            return new ExamResult(null, 0, name, personId, orgId == null ? 0 : orgId, currentPost, proposedPost, score,
                    absent != null && absent, retakeOf, null);
        }
    }
}
