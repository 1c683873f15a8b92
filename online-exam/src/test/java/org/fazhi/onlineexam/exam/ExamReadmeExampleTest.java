package org.fazhi.onlineexam.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fazhi.model.ReadmeExample;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.OnlineExams;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Outcome;
import org.junit.jupiter.api.Test;

/** The online exam example of README.md, run on a real ledger; {@link ReadmeExample} keeps the two identical. */
class ExamReadmeExampleTest {
    @Test
    void theReadmeExampleRuns() {
        try (ExamFixture f = new ExamFixture()) {
            f.singles(20, null);                                        // the bank: 20 single choice questions, key B
            ExamBatch batch = f.batch(100);                             // a test batch of 100 points, pass mark 60
            OnlineExams exams = f.exams;
            long countyId = f.county.id();
            // example:start
            Actor organiser = Actor.SYSTEM;
            OnlineExam exam = exams.desk().create(organiser, batch.id(), new ExamSetup(30, List.of("A"),
                    List.of(new ExamPart(QuestionType.SINGLE, 10, 10)), List.of(), false));
            IssuedCode code = exams.desk().addCandidate(organiser, exam.id(),
                    new CandidateDraft("张三", countyId, null, "科员", "副科长", null));

            // On the candidate's phone: the code once, then the token.
            Sitting sitting = exams.room().login(code.code());
            for (CandidatePaper.Item q : exams.room().paper(sitting.token()).questions()) {
                int right = q.options().indexOf(q.options().stream().filter(o -> o.startsWith("乙")).findFirst().orElseThrow());
                exams.room().answer(sitting.token(), q.id(), String.valueOf((char) ('A' + right)));
            }
            Submitted done = exams.room().submit(sitting.token());     // score 100.0, nothing awaits a marker
            // example:end
            assertEquals(100.0, done.score());
            List<ExamResult> results = f.training.exams().results(Actor.SYSTEM, batch.id());
            assertEquals(Outcome.PASSED, results.get(0).outcome());
        }
    }

    @Test
    void theReadmeShowsThisExample() {
        ReadmeExample.assertReadmeShows(ExamReadmeExampleTest.class);
    }
}
