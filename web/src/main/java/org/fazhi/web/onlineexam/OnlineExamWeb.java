package org.fazhi.web.onlineexam;

import org.fazhi.exchange.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.exchange.Provenance;
import org.fazhi.onlineexam.OnlineExams;
import org.fazhi.onlineexam.demo.DemoExam;
import org.fazhi.web.server.Ledgers;
import org.fazhi.web.server.WebModule;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The question bank and the online exams on the server: their tables are registered in {@link
 * org.fazhi.web.server.Modules}; the bank's API and pages (/api/questions, /questions) and the exams' (organiser
 * pages, the candidates' /exam pages and /api/exam) are registered here.
 */
public final class OnlineExamWeb implements WebModule {
    @Override
    public void register(ResourceConfig rc, Ledgers l) {
        // One OnlineExams for the exams' resources and the bank's question page (its 作答统计).
        OnlineExams exams = new OnlineExams(l.db(), l.core().audit(), l.clock());
        BankWeb.register(rc, l, exams);
        registerExams(rc, exams, l);
    }

    /** The demo bank, then an online exam under way today on it (after law-training's demo: it takes a batch's unit). */
    @Override
    public List<String> demo(Ledgers l, LocalDate today) {
        List<String> lines = new ArrayList<>();
        lines.addAll(BankWeb.demo(l));
        DemoExam.Result exam = new DemoExam(new OnlineExams(l.db(), l.core().audit(), l.clock()), l.training().exams()).load(today);
        if (exam != null) {
            lines.add("在线考试 1 场(" + exam.candidates() + " 名考生,已交卷 " + exam.submitted() + " 人,"
                    + exam.awaitingMarking() + " 份案例分析题待阅卷)");
        }
        return lines;
    }

    /** The online exams: the organiser's API and pages, the candidates' API and pages, the time-out sweep. */
    private static void registerExams(ResourceConfig rc, OnlineExams exams, Ledgers l) {
        rc.register(new ExamResource(exams));
        rc.register(new ExamResource.OfBatch(exams));
        rc.register(new ExamResource.QuestionStatsResource(exams));
        rc.register(new ExamSittingResource(exams));
        rc.register(new ExamSittingResource.Login(exams, l.core().loginThrottle()));
        rc.register(new ExamSittingPage());
        rc.register(new ExamPages(l.core(), exams, l.training().exams(), new Provenance(l.db().jdbi(), l.clock())));
        rc.register(new ExamSweep(exams.room()));
    }
}
