package org.fazhi.onlineexam.sheets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionFilter;
import org.fazhi.onlineexam.bank.QuestionImport;
import org.fazhi.onlineexam.bank.QuestionService;
import org.fazhi.sheets.ImportSource;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.SheetReader;
import org.fazhi.sheets.TableStream;

/**
 * The question bank as files: an uploaded .xlsx/CSV read, checked row by row and stored all or none
 * ({@link QuestionImport}); a filtered list exported in the import's columns (so an export imports again); the import
 * template with one example of each type. Shared by the API, the pages and any caller of this module.
 */
public final class QuestionSheets {
    private final QuestionService questions;
    private final QuestionImport imports;
    private final Clock clock;
    private final SheetReader reader = new SheetReader(QuestionSheet.COLUMNS, QuestionImport.MAX_ROWS);

    public QuestionSheets(QuestionService questions, QuestionImport imports, Clock clock) {
        this.questions = questions;
        this.imports = imports;
        this.clock = clock;
    }

    /**
     * The template's example rows are skipped; a file holding only them is refused.
     *
     * @param force import even a file imported before
     * @throws org.fazhi.sheets.ImportRejected when the file or any row is wrong, or the file was imported before
     *                                         (unless forced); nothing is stored then
     */
    public QuestionImport.Result importFile(Actor actor, SheetFile upload, boolean force) {
        QuestionService.requireEditor(actor);
        List<QuestionImport.Row> rows = reader.readData(upload, "试题", QuestionSheet::read, List::isEmpty);
        return imports.importAll(actor, rows, ImportSource.of(upload), force, f -> QuestionSheet.column(f, null));
    }

    /** The questions of a filtered list, newest first, in the import's columns. */
    public TableStream questions(Actor actor, QuestionFilter filter) {
        List<Question> all = PageResult.readAll(page -> questions.list(actor, filter, page));
        return new TableStream(TableStream.fileName("题库", null, LocalDate.now(clock)), "题库", QuestionSheet.HEADERS,
                out -> all.forEach(q -> out.accept(QuestionSheet.row(q))));
    }

    public TableStream template(Actor actor) {
        return new TableStream("试题导入模板", "试题", QuestionSheet.HEADERS, out -> QuestionSheet.example().forEach(out),
                QuestionSheet.notes());
    }
}
