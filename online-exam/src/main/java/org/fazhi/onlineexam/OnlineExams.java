package org.fazhi.onlineexam;

import java.time.Clock;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.exam.ExamDesk;
import org.fazhi.onlineexam.exam.ExamRoom;
import org.fazhi.onlineexam.exam.OnlineExamServices;
import org.fazhi.onlineexam.exam.QuestionStats;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.figures.FigureCache;
import org.fazhi.training.exam.ExamService;

/**
 * The online exams' services over one database, wired as the server wires them: the organiser's desk (setup,
 * candidates and codes, marking, closing, statistics) and the candidates' room (sign-in, paper, answers, submit,
 * the time-out sweep). Scores become results of law-training's test batches through its {@link ExamService}.
 */
public final class OnlineExams {
    private final ExamDesk desk;
    private final ExamRoom room;
    private final OnlineExamServices services;
    private final Clock clock;

    /** The services on the audit log's clock. */
    public OnlineExams(Database db, AuditLog audit) {
        this(db, audit, audit.clock());
    }

    /** @param clock the server's clock: when a sitting starts and ends, the stamps of changes; its zone the audit log's */
    public OnlineExams(Database db, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.services = new OnlineExamServices(db.jdbi(), audit, clock,
                new ExamService(db.jdbi(), audit, new FigureCache(clock), clock));
        this.desk = services.desk();
        this.room = services.room();
    }

    public Clock clock() {
        return clock;
    }

    /** The organiser's side: setup and paper, candidates and codes, marking, closing, statistics. */
    public ExamDesk desk() {
        return desk;
    }

    /** The candidates' side: sign-in with a code, the paper, answers, submit, and the time-out sweep. */
    public ExamRoom room() {
        return room;
    }

    /**
     * How a bank question fared on every paper it was asked on (all exams: the figures name no one). Zero asked
     * for a question never drawn.
     */
    public QuestionStats questionStats(Actor actor, long questionId) {
        return services.questionStats(actor, questionId);
    }

}
