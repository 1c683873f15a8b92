package org.fazhi.reconsideration.cases;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.reconsideration.cases.db.CaseDao;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportSource;
import org.fazhi.sheets.RowErrors;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.ReceivedUnitException;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.imports.ImportHistory;
import org.jdbi.v3.core.Jdbi;

/**
 * Bulk import of cases, all or none, in one transaction with one audit entry for the file. The rows arrive
 * valid on their own; each is checked here as the form's save is ({@link CaseService}: the respondent in
 * scope, no date after today, …) and every problem is reported with its row. A 案号 already in the ledger is
 * updated from its row (the same respondent only); a row that changes nothing is counted as unchanged. A 案号
 * twice in one file is refused. The same file imported twice is refused unless forced.
 */
public final class CaseImport extends LedgerService {
    /** Rows per file; more than a province's cases of several years. */
    public static final int MAX_ROWS = 100_000;
    static final String KIND = "reconsiderations";

    private final CaseService cases;
    private final ImportHistory history;

    public CaseImport(Jdbi jdbi, AuditLog audit, Clock clock, CaseService cases) {
        super(jdbi, audit, clock);
        this.cases = cases;
        this.history = new ImportHistory("reconsideration_imports", clock, ImportProblem::alreadyImported);
    }

    /** A case of the file and its row number. */
    public record Row(int row, ReconsiderationCase draft) {
    }

    /** Cases newly registered, updated from the file, and rows that changed nothing. */
    public record Result(int created, int updated, int unchanged) {
    }

    /**
     * @param column the spreadsheet column of an API field, to name the cell at fault
     * @throws org.fazhi.sheets.ImportRejected naming every row at fault, or when the file was imported before and
     *                                         not forced; nothing is stored then
     */
    public Result importAll(Actor actor, List<Row> rows, ImportSource source, boolean force, Function<String, String> column) {
        return importAll(actor, rows, new RowErrors(), source, force, column);
    }

    /**
     * As {@link #importAll(Actor, List, ImportSource, boolean, Function)}, the file's rows at fault already in
     * {@code fileErrors} (those rows left out of {@code rows}): the ledger's checks of the other rows are added to
     * them, and one refusal names them all.
     */
    public Result importAll(Actor actor, List<Row> rows, RowErrors fileErrors, ImportSource source, boolean force,
                            Function<String, String> column) {
        return inWriteTransaction(actor, h -> {
            history.requireNew(h, source.sha256(), KIND, null, force);
            CaseDao dao = h.attach(CaseDao.class);
            RowErrors errors = fileErrors;
            Map<String, Integer> firstRow = new HashMap<>();
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (Row r : rows) {
                ReconsiderationCase c = r.draft();
                Integer first = firstRow.putIfAbsent(c.caseNo(), r.row());
                if (first != null) {
                    errors.add(r.row(), column.apply("caseNo"), "案号“" + c.caseNo() + "”与第" + first + "行重复");
                    continue;
                }
                ReconsiderationCase known = dao.idOf(c.caseNo()).flatMap(dao::find).orElse(null);
                try {
                    if (known != null && known.respondentOrgId() != c.respondentOrgId()) {
                        throw new ValidationException("respondentOrgId", "案件 " + known.caseNo() + " 已登记,被申请人为“"
                                + known.respondentOrgName() + "”,与本行不同;如需更改请在案件页面修改");
                    }
                    cases.check(h, actor, c, known == null ? null : known.id());
                } catch (ValidationException e) {
                    e.all().forEach(p -> errors.add(r.row(), column.apply(p.field()), p.getMessage()));
                    continue;
                } catch (ReceivedUnitException e) {
                    String unit = h.attach(OrgDao.class).find(c.respondentOrgId()).orElseThrow().name();
                    errors.add(r.row(), column.apply("respondentOrgId"), Scope.received(unit));
                    continue;
                } catch (AccessDeniedException e) {
                    errors.add(r.row(), column.apply("respondentOrgId"), e.getMessage());
                    continue;
                }
                if (!errors.isEmpty()) {
                    continue;
                }
                if (known == null) {
                    dao.insert(c.stored(null, 0), now());
                    created++;
                } else if (sameContent(known, c)) {
                    unchanged++;
                } else {
                    dao.update(withStoredParts(c, known).stored(known.id(), known.version()), now());
                    updated++;
                }
            }
            errors.throwIfAny();
            history.record(h, actor, source.sha256(), KIND, null, source.fileName(), rows.size());
            audit.record(h, actor, AuditLog.CREATE, CaseService.ENTITY, null, null, "导入行政复议案件 " + source.fileName()
                    + ":新登记" + created + "件,更新" + updated + "件,未变" + unchanged + "件", null,
                    new Result(created, updated, unchanged));
            return new Result(created, updated, unchanged);
        });
    }

    /** The row's case with what the sheet does not carry (the lawsuit link) kept from the stored one. */
    private static ReconsiderationCase withStoredParts(ReconsiderationCase row, ReconsiderationCase known) {
        return new ReconsiderationCase(known.id(), row.caseNo(), row.applicant(), row.applicantType(), row.respondentOrgId(),
                known.respondentOrgName(), row.category(), row.receivedOn(), row.acceptedOn(), row.notAcceptedReason(),
                row.procedure(), row.extendedDays(), row.decidedOn(), row.decision(), row.correctedIndirectly(),
                known.courtCaseId(), row.note(), null, known.version());
    }

    private static boolean sameContent(ReconsiderationCase known, ReconsiderationCase row) {
        return withStoredParts(row, known).stored(known.id(), known.version()).equals(known);
    }
}
