package org.fazhi.onlineexam;

import org.fazhi.storage.migrate.MigrationSet;

/**
 * The tables of the question bank and the online exams: pass {@link #MIGRATIONS} to {@code Database.open} to have
 * them, after law-training's ({@code LawTrainingSchema.MIGRATIONS}): an exam sits in one of its test batches.
 */
public final class OnlineExamSchema {
    public static final MigrationSet MIGRATIONS = MigrationSet.of("online-exam", OnlineExamSchema.class,
            "db/online-exam", "V1__question_bank.sql", "V2__exams.sql");

    private OnlineExamSchema() {
    }
}
