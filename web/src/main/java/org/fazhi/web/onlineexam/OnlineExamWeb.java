package org.fazhi.web.onlineexam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        // The bank's and the exams' resources are added as they are built (issue #15).
        BankWeb.register(rc, l);
    }

    @Override
    public List<String> demo(Ledgers l, LocalDate today) {
        List<String> lines = new ArrayList<>();
        lines.addAll(BankWeb.demo(l));
        return lines;
    }
}
