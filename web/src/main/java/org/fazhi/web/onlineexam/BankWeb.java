package org.fazhi.web.onlineexam;

import java.util.List;
import org.fazhi.onlineexam.QuestionBank;
import org.fazhi.onlineexam.demo.DemoQuestions;
import org.fazhi.web.imports.ImportRejectedMapper;
import org.fazhi.web.server.Ledgers;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The question bank on the server: its JSON API (/api/questions, import, export, template) and its pages
 * (/questions, the form, the import page). Called from {@link OnlineExamWeb}; the bank itself is the online-exam
 * module's {@link QuestionBank}.
 */
final class BankWeb {
    private BankWeb() {
    }

    /** @param exams the server's online exams, whose statistics the question page shows */
    static void register(ResourceConfig rc, Ledgers l, org.fazhi.onlineexam.OnlineExams exams) {
        QuestionBank bank = service(l);
        rc.register(new QuestionResource(bank.questions()));
        rc.register(MultiPartFeature.class);
        rc.register(new ImportRejectedMapper());
        rc.register(new QuestionTransfer.Import(bank.sheets()));
        rc.register(new QuestionTransfer.Export(bank.sheets()));
        rc.register(new QuestionTransfer.Template(bank.sheets()));
        rc.register(new QuestionPages(bank.questions(), exams::questionStats));
        rc.register(new QuestionImportPage(bank.sheets()));
    }

    static List<String> demo(Ledgers l) {
        return List.of("题库:" + new DemoQuestions(service(l).questions()).load() + " 道试题(宪法、行政复议法、行政诉讼法、行政处罚法、民法典等)");
    }

    static QuestionBank service(Ledgers l) {
        return new QuestionBank(l.db(), l.core().audit(), l.clock());
    }
}
