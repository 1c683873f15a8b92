package org.fazhi.reconsideration.sheets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.reconsideration.cases.CaseFilter;
import org.fazhi.reconsideration.cases.CaseImport;
import org.fazhi.reconsideration.cases.CaseService;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.Sheet;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.SheetReader;
import org.fazhi.sheets.TableStream;
import org.fazhi.sheets.TemplateExamples;
import org.fazhi.sheets.ImportSource;
import org.fazhi.storage.core.OrgService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.UnitNames;

/**
 * The 行政复议 ledger as files: an uploaded .xlsx/CSV read, checked row by row and stored all or none
 * ({@link CaseImport}); a filtered list exported in the import's columns (so an export imports again); the
 * import template. Shared by the API, the pages and any caller of this module.
 */
public final class CaseSheets {
    private final OrgService orgs;
    private final CaseService cases;
    private final CaseImport imports;
    private final Clock clock;
    private final SheetReader reader = new SheetReader(CaseSheet.COLUMNS, CaseImport.MAX_ROWS);

    public CaseSheets(OrgService orgs, CaseService cases, CaseImport imports, Clock clock) {
        this.orgs = orgs;
        this.cases = cases;
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
    public CaseImport.Result importFile(Actor actor, SheetFile upload, boolean force) {
        Scope.requireWriter(actor);
        // Not readData: a row at fault does not stop the ledger's checks of the other rows, so the one refusal
        // names every row's every problem (the file's own and the ledger's).
        Sheet read = reader.read(upload);
        Sheet data = read.without(TemplateExamples::isExample);
        RowErrors errors = new RowErrors();
        List<CaseImport.Row> rows = CaseSheet.read(data, new UnitNames(orgs, actor), errors, LocalDate.now(clock));
        if (rows.isEmpty() && errors.isEmpty()) {
            throw TemplateExamples.nothingToImport(read, data, "行政复议案件");
        }
        return imports.importAll(actor, rows, errors, ImportSource.of(upload), force, CaseSheet::column);
    }

    /** The cases of a filtered list (checked now), newest first, in the import's columns. */
    public TableStream cases(Actor actor, CaseFilter filter) {
        UnitNames units = new UnitNames(orgs, actor);
        List<ReconsiderationCase> all = new ArrayList<>();
        PageResult<ReconsiderationCase> page;
        int offset = 0;
        do {
            page = cases.list(actor, filter, new Page(Page.MAX_LIMIT, offset));
            all.addAll(page.items());
            offset += Page.MAX_LIMIT;
        } while (offset < page.total());
        String name = TableStream.fileName("行政复议案件", filter.year(), LocalDate.now(clock));
        return new TableStream(name, "行政复议案件", CaseSheet.HEADERS, out -> all.forEach(c -> out.accept(CaseSheet.row(c, units))));
    }

    public TableStream template(Actor actor) {
        List<List<Object>> example = CaseSheet.example(new UnitNames(orgs, actor).ownUnitLabel("某某县市场监督管理局"),
                LocalDate.now(clock));
        return new TableStream("行政复议案件导入模板", "行政复议案件", CaseSheet.HEADERS, out -> example.forEach(out),
                CaseSheet.notes());
    }
}
