package org.fazhi.onlineexam.bank;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.bank.db.QuestionDao;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportSource;
import org.fazhi.sheets.RowErrors;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.imports.ImportHistory;
import org.jdbi.v3.core.Jdbi;

/**
 * Bulk import of questions, all or none, in one transaction with one audit entry for the file. A question is known
 * by its type and stem: a row whose question is in the bank updates it (an unchanged row is counted as such, so an
 * export imports again as "unchanged"); the same question twice in one file is refused with both rows. The same file
 * imported twice is refused unless forced.
 */
public final class QuestionImport extends LedgerService {
    /** Rows per file: far more than a county's bank. */
    public static final int MAX_ROWS = 20_000;
    static final String KIND = "questions";

    private final ImportHistory history;

    public QuestionImport(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
        this.history = new ImportHistory("question_imports", clock, ImportProblem::alreadyImported);
    }

    /** A question of the file (its active flag as the file says) and its row number. */
    public record Row(int row, Question question) {
    }

    /** Questions newly added, updated from the file, and rows that changed nothing. */
    public record Result(int created, int updated, int unchanged) {
    }

    /**
     * @param column the spreadsheet column of a question's field, to name the cell at fault
     * @throws org.fazhi.sheets.ImportRejected naming every row at fault, or when the file was imported before and not
     *                                         forced; nothing is stored then
     */
    public Result importAll(Actor actor, List<Row> rows, ImportSource source, boolean force, Function<String, String> column) {
        QuestionService.requireEditor(actor);
        return jdbi.inTransaction(h -> {
            history.requireNew(h, source.sha256(), KIND, null, force);
            QuestionDao dao = h.attach(QuestionDao.class);
            RowErrors errors = new RowErrors();
            Map<String, Integer> firstRow = new HashMap<>();
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (Row r : rows) {
                Question q = r.question();
                Integer first = firstRow.putIfAbsent(q.type().name() + "\n" + q.stem(), r.row());
                if (first != null) {
                    errors.add(r.row(), column.apply("stem"), "与第" + first + "行是同一道" + q.type().label() + "(题干相同)");
                    continue;
                }
                if (!errors.isEmpty()) {
                    continue;
                }
                Question known = dao.idOf(q.type().name(), q.stem()).flatMap(dao::find).orElse(null);
                if (known == null) {
                    dao.insert(q, now());
                    created++;
                } else if (sameContent(known, q)) {
                    unchanged++;
                } else {
                    dao.update(known.id(), known.version(), q, q.active(), now());
                    updated++;
                }
            }
            errors.throwIfAny();
            history.record(h, actor, source.sha256(), KIND, null, source.fileName(), rows.size());
            Result result = new Result(created, updated, unchanged);
            audit.record(h, actor, AuditLog.CREATE, QuestionService.ENTITY, null, null, "导入试题 " + source.fileName()
                    + ":新增" + created + "道,更新" + updated + "道,未变" + unchanged + "道", null, result);
            return result;
        });
    }

    private static boolean sameContent(Question known, Question row) {
        return new Question(known.id(), row.type(), row.stem(), row.options(), row.answer(), row.points(), row.difficulty(),
                row.laws(), row.analysis(), row.active(), known.version()).equals(known);
    }
}
