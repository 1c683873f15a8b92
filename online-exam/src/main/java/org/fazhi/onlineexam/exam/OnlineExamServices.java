package org.fazhi.onlineexam.exam;

import java.time.Clock;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.training.exam.ExamService;
import org.jdbi.v3.core.Jdbi;

/** Wires the desk and the room on one result feed (used by {@link org.fazhi.onlineexam.OnlineExams}). */
public final class OnlineExamServices {
    private final Jdbi jdbi;
    private final ExamRoom room;
    private final ExamDesk desk;

    public OnlineExamServices(Jdbi jdbi, AuditLog audit, Clock clock, ExamService exams) {
        this.jdbi = jdbi;
        ResultFeed feed = new ResultFeed(exams);
        this.room = new ExamRoom(jdbi, audit, clock, feed);
        this.desk = new ExamDesk(jdbi, audit, clock, feed, room);
    }

    public ExamRoom room() {
        return room;
    }

    public ExamDesk desk() {
        return desk;
    }

    /** See {@link org.fazhi.onlineexam.OnlineExams#questionStats}. */
    public QuestionStats questionStats(Actor actor, long questionId) {
        return jdbi.withHandle(h -> {
            if (h.createQuery("SELECT count(*) FROM questions WHERE id = :id").bind("id", questionId).mapTo(Integer.class).one() == 0
                    && ExamStore.snapshotsOf(h, questionId).isEmpty()) {
                throw org.fazhi.model.NotFoundException.of("试题", questionId);
            }
            List<PaperQuestion> snapshots = ExamStore.snapshotsOf(h, questionId);
            QuestionStats s = QuestionStats.of(h, snapshots);
            return new QuestionStats(null, questionId, s.type(), null, 0, s.asked(), s.correct(), s.marked(), s.averagePoints(), s.picks());
        });
    }
}
