package org.fazhi.web.reconsideration;

import jakarta.ws.rs.Path;
import org.fazhi.reconsideration.cases.CaseImport;
import org.fazhi.reconsideration.sheets.CaseSheets;
import org.fazhi.web.export.TableExport;
import org.fazhi.web.imports.ImportCounts;
import org.fazhi.web.imports.SheetImport;
import org.fazhi.web.imports.SheetImportResource;

/**
 * The 行政复议 ledger in and out of spreadsheets. Each endpoint is its own root resource with its full path, so it
 * never shadows (or is shadowed by) {@code /api/reconsiderations/{id}}.
 */
public final class ReconsiderationTransfer {
    private ReconsiderationTransfer() {
    }

    /**
     * POST /api/reconsiderations/import[?force=true]: an .xlsx, .xls or CSV file (the body, or field {@code file} of a
     * multipart form). 200 {imported, created, updated, unchanged} (imported = created + updated), or 400 {error,
     * message, field, errors:[{row, column, message}]}.
     */
    @Path("/api/reconsiderations/import")
    public static final class Import extends SheetImportResource<ImportCounts> {
        Import(CaseSheets sheets) {
            super(importer(sheets));
        }
    }

    /** The import as the API and the import page run it. */
    static SheetImport<ImportCounts> importer(CaseSheets sheets) {
        return (actor, file, force) -> {
            CaseImport.Result r = sheets.importFile(actor, file, force);
            return ImportCounts.of(r.created(), r.updated(), r.unchanged());
        };
    }

    /** GET /api/reconsiderations/export?format=xlsx|csv&orgId=&year=&decision=&stage=&overdue=&q=: the list in the import's columns. */
    @Path("/api/reconsiderations/export")
    public static final class Export extends TableExport {
        Export(CaseSheets sheets) {
            super((actor, q) -> sheets.cases(actor, ReconsiderationParams.filter(q.get("orgId"), q.get("year"),
                    q.get("decision"), q.get("stage"), q.get("overdue"), q.get("q"))));
        }
    }

    /** GET /api/reconsiderations/import-template?format=xlsx|csv: the headers, an example row and the notes. */
    @Path("/api/reconsiderations/import-template")
    public static final class Template extends TableExport {
        Template(CaseSheets sheets) {
            super((actor, q) -> sheets.template(actor));
        }
    }
}
