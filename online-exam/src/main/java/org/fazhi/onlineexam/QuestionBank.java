package org.fazhi.onlineexam;

import java.time.Clock;
import org.fazhi.onlineexam.bank.QuestionImport;
import org.fazhi.onlineexam.bank.QuestionService;
import org.fazhi.onlineexam.sheets.QuestionSheets;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;

/**
 * The question bank's services over one database, wired as the server wires them: the questions, and the bank as
 * spreadsheets (import, export, template).
 */
public final class QuestionBank {
    private final QuestionService questions;
    private final QuestionSheets sheets;
    private final Clock clock;

    /** The services on the audit log's clock. */
    public QuestionBank(Database db, AuditLog audit) {
        this(db, audit, audit.clock());
    }

    /** @param clock what "now" is for the stamps of changes and the files' names; its zone should be the audit log's */
    public QuestionBank(Database db, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.questions = new QuestionService(db.jdbi(), audit, clock);
        this.sheets = new QuestionSheets(questions, new QuestionImport(db.jdbi(), audit, clock), clock);
    }

    public Clock clock() {
        return clock;
    }

    /** The questions: list, read, add, edit, retire/restore, delete. */
    public QuestionService questions() {
        return questions;
    }

    /** Import, export and template as .xlsx/CSV. */
    public QuestionSheets sheets() {
        return sheets;
    }
}
