package org.fazhi.onlineexam.demo;

import static org.fazhi.storage.testing.ModuleLedger.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.fazhi.model.Page;
import org.fazhi.onlineexam.Banking;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionFilter;
import org.fazhi.onlineexam.bank.QuestionType;
import org.junit.jupiter.api.Test;

/** The demo bank loads whole through the service: every type, every question with its law and analysis. */
class DemoQuestionsTest {
    @Test
    void theDemoBankHasEveryTypeWithLawsAndAnalyses() {
        try (Banking t = new Banking()) {
            assertEquals(63, new DemoQuestions(t.bank.questions()).load());
            Map<QuestionType, Integer> perType = new TreeMap<>();
            for (Question q : t.bank.questions().list(ADMIN, QuestionFilter.ALL, Page.FIRST).items()) {
                perType.merge(q.type(), 1, Integer::sum);
                assertTrue(!q.laws().isEmpty() && q.analysis() != null, q.stem());
            }
            assertEquals(Map.of(QuestionType.SINGLE, 29, QuestionType.MULTIPLE, 10, QuestionType.TRUE_FALSE, 20,
                    QuestionType.CASE, 4), perType);
            assertEquals(12, t.bank.questions().list(ADMIN, new QuestionFilter(null, "宪法", null, null, null), Page.FIRST).total());
        }
    }
}
