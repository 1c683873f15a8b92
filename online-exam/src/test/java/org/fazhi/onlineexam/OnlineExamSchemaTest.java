package org.fazhi.onlineexam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fazhi.storage.testing.TempLedger;
import org.fazhi.training.LawTrainingSchema;
import org.junit.jupiter.api.Test;

/** The module's tables are created on the suite's engine after law-training's. */
class OnlineExamSchemaTest {
    @Test
    void theBankTablesExistAfterLawTrainings() {
        try (TempLedger ledger = new TempLedger(LawTrainingSchema.MIGRATIONS, OnlineExamSchema.MIGRATIONS)) {
            long n = ledger.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM questions q LEFT JOIN question_laws l ON l.question_id = q.id").mapTo(Long.class).one());
            assertEquals(0L, n);
        }
    }
}
