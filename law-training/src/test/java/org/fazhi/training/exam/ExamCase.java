package org.fazhi.training.exam;

import static org.fazhi.training.County.ADMIN;

import java.time.LocalDate;
import org.fazhi.model.org.Org;
import org.fazhi.training.County;
import org.junit.jupiter.api.AutoClose;

/** What the exam tests share: a real county ledger, its exam service, and batches and results made the way clerks enter them. */
abstract class ExamCase {
    @AutoClose
    protected final County c = new County();
    protected final ExamService tests = c.training.exams();

    protected ExamBatch batch(Org org, String date, int passMark) {
        return tests.createBatch(ADMIN, new ExamBatch(null, org.id(), LocalDate.parse(date), Track.NON_NPC, "A",
                100, passMark, null, null, 0));
    }

    protected ExamBatch batch(String date) {
        return batch(c.county, date, 60);
    }

    protected static ExamResult sat(String name, Org org, double score) {
        return new ExamResult(null, 0, name, null, org.id(), "科员", "副科长", score, false, null, null);
    }

    protected static ExamResult absent(String name, Org org) {
        return new ExamResult(null, 0, name, null, org.id(), "科员", "副科长", null, true, null, null);
    }

    protected static ExamResult retake(ExamResult of, double score) {
        return new ExamResult(null, 0, of.name(), of.personId(), of.orgId(), of.currentPost(), of.proposedPost(), score,
                false, of.id(), null);
    }

    /** A failed sitting and its retake: 王五 fails a batch of 2024-03-10 with 50 and retakes it in one of 2024-04-10. */
    protected record Retaken(ExamBatch first, ExamBatch next, ExamResult fail, ExamResult retake) {
    }

    protected Retaken failedAndRetaken(double retakeScore) {
        ExamBatch first = batch("2024-03-10");
        ExamBatch next = batch("2024-04-10");
        ExamResult fail = add(first, sat("王五", c.finance, 50));
        return new Retaken(first, next, fail, add(next, retake(fail, retakeScore)));
    }

    protected ExamResult add(ExamBatch b, ExamResult draft) {
        return tests.addResult(ADMIN, b.id(), draft);
    }

    protected Outcome outcome(ExamResult r) {
        return tests.result(ADMIN, r.id()).outcome();
    }

    protected ExamBatch withPassMark(ExamBatch b, int fullMark, int passMark) {
        return new ExamBatch(null, b.orgId(), b.date(), b.track(), b.paper(), fullMark, passMark, b.mode(), b.title(), 0);
    }
}
